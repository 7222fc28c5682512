export { systemClock, TestClock, type Clock } from './clock.ts';
