/** npm run build, first step — stops before any work when SITE_URL does not name the address to publish at. */
import { siteUrlProblem } from '../src/config/environment';

const problem = siteUrlProblem();
if (problem) {
  console.error(problem);
  process.exit(1);
}
