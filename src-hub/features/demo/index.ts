export {
  type DemoLoadReport,
  type DemoLoaderDeps,
  type DemoSize,
  demoSeed,
  loadDemoData,
} from './demo-loader';
