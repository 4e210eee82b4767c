import { accessibilityStatementPath } from '@/config/routes';
import { site } from '@/config/site';
import { localized, words } from '@/i18n';
import { phoneHref } from '@/lib/labels';

import { SharedPageItems } from './shared-page-items';

/** The footer DKFDS asks for: the responsible authority, the accessibility statement, cookies and contact. */
export function SiteFooter() {
  const { publisher } = site;
  const w = words().footer;
  return (
    <footer>
      <div className="footer">
        <div className="container wide-container footer-columns">
          <section aria-labelledby="footer-ansvarlig">
            <h2 id="footer-ansvarlig" className="footer-heading">
              {w.responsible}
            </h2>
            <p>
              <strong>{words().layout.publisher}</strong>
              <br />
              {publisher.address.join(', ')}
              <br />
              {w.phone(<a href={phoneHref(publisher.phone)}>{publisher.phone}</a>)}
            </p>
            <p>{w.questions(<a href={localized('/')}>{w.questionsLink}</a>)}</p>
          </section>
          <section aria-labelledby="footer-genveje">
            <h2 id="footer-genveje" className="footer-heading">
              {w.shortcuts}
            </h2>
            <ul className="unstyled-list footer-links">
              <li>
                <a href={localized('/')}>{w.allAuthorities}</a>
              </li>
              <SharedPageItems />
              <li>
                <a href={accessibilityStatementPath}>{w.accessibilityStatement}</a>
              </li>
              <li>
                <a href="/licenser.txt">{w.licences}</a>
              </li>
            </ul>
          </section>
          <section aria-labelledby="footer-cookies">
            <h2 id="footer-cookies" className="footer-heading">
              {w.cookies}
            </h2>
            <p>{w.noCookies}</p>
          </section>
        </div>
      </div>
    </footer>
  );
}
