// Properties of the client generator on generated (hostile) snapshots, the odd cases of the run (client.test.ts checks
// the even ones), so that vitest checks both halves on two cores: see support-client.ts.
import { clientFuzz } from './support-client.js';

clientFuzz(1, 2, 'odd');
