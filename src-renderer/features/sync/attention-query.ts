/** The react-query key of the "needs attention" list (rejected commands). */
export const attentionQueryKey = ['attention.list'] as const;
