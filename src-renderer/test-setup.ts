import { configure } from '@testing-library/react';

// Renderer tests run beside every other suite on two-core CI machines, where painting a fake
// station's answer can take longer than testing-library's default 1 s wait; 5 s still fails a
// screen that never shows what the test waits for.
configure({ asyncUtilTimeout: 5000 });
