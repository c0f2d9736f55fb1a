export { Card } from './Card';
export { Fact } from './Fact';
export { FactList } from './FactList';
export { PlaceholderScreen } from './PlaceholderScreen';
export { SelectField } from './SelectField';
export { StatusBadge } from './StatusBadge';
export { TextField } from './TextField';
export type { Tone } from './tone';
export { formatDateTime, formatMoney, formatShortDateTime } from './format';
