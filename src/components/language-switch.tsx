import { languages } from '@/config/languages';
import { localePath } from '@/config/routes';
import { pageLanguage, words } from '@/i18n';

interface LanguageSwitchProps {
  /** The page's root address: every language's link leads to its twin of this page. */
  path: string;
}

/**
 * DKFDS's language switcher: a plain list of links to the same page in every language, each named in its
 * own language (and so marked with it), the current one marked for screen readers. No script.
 */
export function LanguageSwitch({ path }: LanguageSwitchProps) {
  const current = pageLanguage();
  return (
    <nav className="language-switcher" aria-label={words().layout.languageSwitch} data-pagefind-ignore="">
      <ul>
        {languages.map(({ code, name }) => (
          <li key={code}>
            <a
              href={localePath(code, path)}
              lang={code}
              hrefLang={code}
              aria-current={code === current ? 'true' : undefined}
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
