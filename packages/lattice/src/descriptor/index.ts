export { latticeDescriptor } from './latticeDescriptor';
