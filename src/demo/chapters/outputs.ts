/** Chapter 6: the written outputs handed over. The implementation record and the case study are still owed. */
import { step, type DemoStep } from '../steps';

export const outputs = (): DemoStep[] => [
  step('2025-01-29', 'grace', 'MarkWrittenOutputDelivered', {
    output: 'insights',
    audience: 'The senior leadership team and both teams',
  }),
  step('2025-02-12', 'grace', 'MarkWrittenOutputDelivered', {
    output: 'blueprint',
    audience: "The children's services leadership board",
  }),
  step('2025-09-15', 'grace', 'MarkWrittenOutputDelivered', {
    output: 'changeRecord',
    audience: 'Both teams and the practice development group',
  }),
];
