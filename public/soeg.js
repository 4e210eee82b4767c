// Site search over Pagefind's static index (built by `npm run build`). Progressive enhancement:
// without this script the form still submits to the search page, which lists every purpose from A to Z.
// The script speaks no language of its own: the page hands it its words as data attributes on the form.
const form = document.querySelector('[data-search-form]');
const input = form.querySelector('input[name="q"]');
const output = document.querySelector('[data-search-results]');
const maxResults = 20;
document.querySelector('[data-search-fallback]').hidden = true;

let pagefind;
const loadPagefind = async () => {
  pagefind ??= await import('/pagefind/pagefind.js');
  return pagefind;
};

// Pagefind marks hits with <mark>; copy only text and marks so no markup from the index becomes live.
function excerpt(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const paragraph = document.createElement('p');
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      paragraph.append(mark);
    } else {
      paragraph.append(node.textContent);
    }
  }
  return paragraph;
}

// Pagefind indexes the built files (udlaendingestyrelsen.html); the site's addresses have no extension.
const pageAddress = (url) => url.replace(/(index)?\.html$/, '') || '/';

// Fills a template's {name} placeholders; a function as replacement, so a "$" in the query stays as typed.
const fill = (template, values) =>
  template.replace(/\{(\w+)\}/g, (placeholder, name) =>
    name in values ? String(values[name]) : placeholder,
  );

// The heading over the results, from the page's templates (data-results-none, -one, -many, -many-best-shown).
function resultsHeading(query, total, shown) {
  const { resultsNone, resultsOne, resultsMany, resultsManyBestShown } = form.dataset;
  const template =
    total === 0 ? resultsNone : total === 1 ? resultsOne : total > shown ? resultsManyBestShown : resultsMany;
  return fill(template, { query, total, shown });
}

// Under the heading when no page has every word and the results have some of them (data-results-any-words).
function anyWordsNote() {
  const note = document.createElement('p');
  note.dataset.searchAnyWords = '';
  note.textContent = form.dataset.resultsAnyWords;
  return note;
}

function render(query, total, results, anyWords) {
  const heading = document.createElement('h2');
  heading.id = 'resultater';
  heading.tabIndex = -1;
  heading.textContent = resultsHeading(query, total, results.length);
  const list = document.createElement('ol');
  list.className = 'link-list';
  for (const result of results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = pageAddress(result.url);
    link.textContent = result.meta.title;
    item.append(link);
    if (result.meta.authority) {
      const authority = document.createElement('p');
      const name = document.createElement('strong');
      name.textContent = result.meta.authority;
      authority.append(name);
      item.append(authority);
    }
    item.append(excerpt(result.excerpt));
    list.append(item);
  }
  output.replaceChildren(
    heading,
    ...(anyWords ? [anyWordsNote()] : []),
    ...(results.length > 0 ? [list] : []),
  );
  heading.focus();
}

// The pages that answer a reader (notices, hubs, agreements, rights) first, then the letters to use a
// right, which repeat the notices' names (they carry data-pagefind-filter="page:letter").
const pageGroups = [{ not: { page: 'letter' } }, { page: 'letter' }];

// The results for the queries, group by group, best first: a page's scores for the queries add up, so
// with one query per word a page with more of the words ranks higher.
async function ranked(find, queries) {
  const ordered = [];
  for (const filters of pageGroups) {
    const scores = new Map();
    for (const { results } of await Promise.all(queries.map((query) => find(query, { filters })))) {
      for (const result of results) {
        const seen = scores.get(result.id);
        scores.set(result.id, { result, score: (seen?.score ?? 0) + result.score });
      }
    }
    ordered.push(...[...scores.values()].sort((a, b) => b.score - a.score).map(({ result }) => result));
  }
  return ordered;
}

async function search(query) {
  if (!query) {
    output.replaceChildren();
    return;
  }
  const { search: find } = await loadPagefind();
  // Pagefind finds the pages that have every word; when none has, those that have any of them.
  const everyWord = await ranked(find, [query]);
  const anyWords = everyWord.length === 0 && /\s/.test(query);
  const results = anyWords ? await ranked(find, query.split(/\s+/)) : everyWord;
  render(
    query,
    results.length,
    await Promise.all(results.slice(0, maxResults).map((result) => result.data())),
    anyWords && results.length > 0,
  );
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const query = input.value.trim();
  history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
  search(query);
});

const initial = new URLSearchParams(location.search).get('q')?.trim();
if (initial) {
  input.value = initial;
  search(initial);
}
