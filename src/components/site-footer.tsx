import { site } from '@/config/site';
import { phoneHref } from '@/lib/labels';
import { accessibilityStatementPath } from '@/lib/routes';

import { SharedPageItems } from './shared-page-items';

/** The footer DKFDS asks for: the responsible authority, the accessibility statement, cookies and contact. */
export function SiteFooter() {
  const { publisher } = site;
  return (
    <footer>
      <div className="footer">
        <div className="container wide-container footer-columns">
          <section aria-labelledby="footer-ansvarlig">
            <h2 id="footer-ansvarlig" className="footer-heading">
              Ansvarlig for siden
            </h2>
            <p>
              <strong>{publisher.name}</strong>
              <br />
              {publisher.address.join(', ')}
              <br />
              Telefon <a href={phoneHref(publisher.phone)}>{publisher.phone}</a>
            </p>
            <p>
              Spørgsmål om dine oplysninger: kontakt den myndighed, der behandler dem –{' '}
              <a href="/">se kontaktoplysningerne under hver myndighed</a>.
            </p>
          </section>
          <section aria-labelledby="footer-genveje">
            <h2 id="footer-genveje" className="footer-heading">
              Genveje
            </h2>
            <ul className="unstyled-list footer-links">
              <li>
                <a href="/">Alle myndigheder</a>
              </li>
              <SharedPageItems />
              <li>
                <a href={accessibilityStatementPath}>Tilgængelighedserklæring</a>
              </li>
              <li>
                <a href="/licenser.txt">Licenser for design og skrifttype</a>
              </li>
            </ul>
          </section>
          <section aria-labelledby="footer-cookies">
            <h2 id="footer-cookies" className="footer-heading">
              Cookies
            </h2>
            <p>Siden sætter ingen cookies og bruger ingen statistik- eller sporingsværktøjer.</p>
          </section>
        </div>
      </div>
    </footer>
  );
}
