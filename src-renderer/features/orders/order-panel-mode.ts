/** What the order panel shows: the order, or one of the action forms over it. */
export type OrderPanelMode = 'view' | 'hold' | 'address' | 'cancel';
