export { type CommandProcessor, createCommandProcessor } from './command-processor';
