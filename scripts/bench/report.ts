import type { ContentCheckFigures } from './content-check';
import type { LighthouseScores } from './lighthouse';
import type { Sizes } from './measure';
import type { ServingComparison } from './serving';
import type { Fault, Soak } from './soak';
import type { VersionsReadingCost } from './versions';

interface PageBytes {
  html: Sizes;
  css: Sizes;
  js: Sizes;
  fonts: Sizes;
  firstVisit: Sizes;
  repeatVisit: Sizes;
  scripts: number;
}

export interface Report {
  date: string;
  machine: { cpus: number; memoryGiB: number; node: string };
  pages: Record<string, string>;
  bytes: Record<string, Record<string, PageBytes>>;
  serving: ServingComparison;
  soak: Soak;
  fault: Fault;
  builds: Record<
    string,
    {
      notices: number;
      pages: number;
      seconds: number;
      peakMiB: number;
      secondsPerPage: number;
      /** scripts/finish-publication.ts: script stripping, font subsets, CSS purge, search index, compression. */
      finishSeconds: number;
      finishSecondsPerPage: number;
    }
  >;
  /** Reading the real notices' past versions from a history of that many reader-visible changes each. */
  versionReading: Record<string, VersionsReadingCost>;
  /** The whole content check and one draft's (see content-check.ts), on the project's content and 1,000 notices. */
  contentCheck: { real: ContentCheckFigures; notices1000: ContentCheckFigures };
  lighthouse: Record<string, LighthouseScores>;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const triple = ({ raw, gzip, brotli }: Sizes) => `${kb(raw)} / ${kb(gzip)} / ${kb(brotli)}`;
const mark = (ok: boolean) => (ok ? '✅' : '❌');

/** The benchmark report as Markdown: the figures, and each target with whether it is met. */
export function formatReport(report: Report): string {
  const lines = [
    `# Persondata benchmark — ${report.date}`,
    '',
    `Machine: ${report.machine.cpus} CPUs, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}.`,
    '',
  ];
  lines.push('## Bytes per page (KiB: raw / gzip / brotli)', '');
  lines.push(
    '| page | mode | HTML | CSS | JS | fonts | first visit | repeat visit | ratio to HTML+CSS (brotli) |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const [name, modes] of Object.entries(report.bytes)) {
    const limit = modes.publication!.html.brotli + modes.publication!.css.brotli;
    for (const [mode, bytes] of Object.entries(modes)) {
      const ratio = (bytes.firstVisit.brotli / limit).toFixed(2);
      lines.push(
        `| ${name} (${report.pages[name]}) | ${mode} | ${triple(bytes.html)} | ${triple(bytes.css)} | ${triple(bytes.js)} | ${triple(bytes.fonts)} | ${triple(bytes.firstVisit)} | ${triple(bytes.repeatVisit)} | ${ratio} |`,
      );
    }
  }
  lines.push(
    '',
    'The ratio divides a first visit (brotli) by the HTML+CSS-only limit: the same page with no web fonts and no script, 1.00 at best; on content pages, which carry no script, everything above it is the fonts.',
  );
  lines.push(...servingSection(report.serving), ...soakSection(report.soak, report.fault));
  lines.push('', '## Lighthouse (mobile, the publication behind nginx)', '');
  lines.push('| page | performance | accessibility | best practices | SEO |', '|---|---|---|---|---|');
  for (const [name, scores] of Object.entries(report.lighthouse)) {
    lines.push(
      `| ${name} | ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} |`,
    );
  }
  lines.push('', '## Static build (next build with output: export, then finish-publication)', '');
  lines.push(
    'Each content set in both languages (generated notices carry a translation): a bare `next build`, then `scripts/finish-publication.ts` (script stripping, font subsets, CSS purge, search index, compression); the content check is timed apart.',
    '',
  );
  lines.push(
    '| content | notices | pages | next build s | per page | peak memory MiB | finish s | per page |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const [name, build] of Object.entries(report.builds)) {
    lines.push(
      `| ${name} | ${build.notices} | ${build.pages} | ${build.seconds.toFixed(1)} | ${build.secondsPerPage.toFixed(3)} | ${build.peakMiB.toFixed(0)} | ${build.finishSeconds.toFixed(1)} | ${build.finishSecondsPerPage.toFixed(3)} |`,
    );
  }
  lines.push(...versionsSection(report));
  const notice = report.bytes.notice!.publication!;
  const contentPagesJs = Object.values(report.bytes).reduce(
    (sum, modes) => sum + modes.publication!.js.raw,
    0,
  );
  lines.push('', '## Targets', '');
  lines.push(
    `- ${mark(contentPagesJs === 0)} 0 bytes of JavaScript on content pages of the publication: ${contentPagesJs} bytes`,
  );
  const noticeHtmlCss = notice.html.brotli + notice.css.brotli;
  lines.push(
    `- ${mark(notice.firstVisit.brotli <= 25_000)} first visit of a notice page ≤ 25 KB brotli (HTML + CSS + fonts): ${(notice.firstVisit.brotli / 1000).toFixed(1)} kB (${kb(notice.firstVisit.brotli)} KiB), ${(notice.firstVisit.brotli / noticeHtmlCss).toFixed(2)}× its HTML+CSS-only limit`,
  );
  lines.push(
    `- ${mark(report.serving.requestsRatio >= 0.9)} nginx with our config ≥ 0.9× plain nginx requests/s (median of the rounds): ${report.serving.requestsRatio.toFixed(2)}×; CPU per request plain ÷ ours ${report.serving.cpuRatio.toFixed(2)}×`,
  );
  const total = (build: Report['builds'][string]) => build.seconds + build.finishSeconds;
  const [small, large] = [report.builds['100'], report.builds['1000']];
  const added = small && large ? (total(large) - total(small)) / (large.pages - small.pages) : 0;
  const perPage = (build: Report['builds'][string] | undefined) => (build ? total(build) / build.pages : 0);
  lines.push(
    `- ${mark(perPage(large) <= perPage(small) * 1.25)} build cost per page (next build + finish) flat from 100 to 1,000 notices in two languages: ${perPage(small).toFixed(3)} s → ${perPage(large).toFixed(3)} s per page (each added page costs ${added.toFixed(3)} s)`,
  );
  const { real, notices1000 } = report.contentCheck;
  lines.push(
    `- ${mark(notices1000.fullSeconds < 2)} content check of 1,000 notices under 2 s: ${notices1000.fullSeconds.toFixed(2)} s`,
    `- ${mark(real.draftSeconds < 0.3)} the web editor's check of one draft against the project's content under 0.3 s, so its preview follows the form within a second: ${real.draftSeconds.toFixed(3)} s (the whole check ${real.fullSeconds.toFixed(2)} s)`,
    `- one draft against 1,000 notices: ${notices1000.draftSeconds.toFixed(3)} s`,
  );
  const { soak, fault } = report;
  lines.push(
    `- ${mark(soak.errors === 0)} 0 errors in the soak (${soak.requests} requests in ${soak.seconds} s); nginx's memory ${soak.memoryMiB.start.toFixed(1)} → ${soak.memoryMiB.end.toFixed(1)} MiB`,
  );
  lines.push(
    `- ${mark(fault.answers.every((answer) => answer.securityHeaders) && fault.sameProcess)} the publication unreadable: errors with the security headers, recovered without a restart`,
  );
  const allHundred = Object.values(report.lighthouse).every((scores) =>
    Object.values(scores).every((score) => score === 100),
  );
  lines.push(`- ${mark(allHundred)} Lighthouse 100 in all four categories on the three pages`, '');
  return lines.join('\n');
}

function versionsSection(report: Report): string[] {
  const lines = [
    '',
    '## Past versions (the real notices in a git repository, each changed n times in what a reader sees, one commit a day)',
    '',
    'Reading them (`readNoticeVersions`: the history, every state with the schema, each translation) is part of every build; the build also makes two pages (Danish, English) per version, which the versions build below costs.',
    '',
    '| changes per notice | notices | past versions | reading s | CPU s (without git) | ms per version |',
    '|---|---|---|---|---|---|',
  ];
  for (const [count, cost] of Object.entries(report.versionReading))
    lines.push(
      `| ${count} | ${cost.notices} | ${cost.versions} | ${cost.seconds.toFixed(2)} | ${cost.cpuSeconds.toFixed(2)} | ${((cost.seconds * 1000) / cost.versions).toFixed(1)} |`,
    );
  const [real, versioned] = [report.builds.real, report.builds.versions];
  if (real && versioned) {
    const added = versioned.pages - real.pages;
    const seconds = versioned.seconds + versioned.finishSeconds - real.seconds - real.finishSeconds;
    lines.push(
      '',
      `Building the real content with 10 versions of each notice: ${added} more pages than without history, ${seconds.toFixed(1)} s more (next build + finish), ${(seconds / added).toFixed(3)} s per version page.`,
    );
  }
  return lines;
}

function servingSection(serving: ServingComparison): string[] {
  const lines = [
    '',
    `## Serving: the shipped configuration and a plain nginx (notice page, wrk, ${serving.connections} connections, brotli accepted, ${serving.seconds} s each, alternating)`,
    '',
    'CPU µs/request is the time the nginx workers spent per answer: unlike requests per second, it hardly moves when other work shares the machine.',
    '',
    '| round | server | requests/s | p50 ms | p99 ms | bytes/request | CPU µs/request | errors |',
    '|---|---|---|---|---|---|---|---|',
  ];
  serving.rounds.forEach((round, index) => {
    for (const [name, run] of Object.entries(round))
      lines.push(
        `| ${index + 1} | ${name} | ${run.requestsPerSecond.toFixed(0)} | ${run.latencyP50.toFixed(2)} | ${run.latencyP99.toFixed(2)} | ${run.bytesPerRequest} | ${run.cpuMicrosecondsPerRequest.toFixed(1)} | ${run.errors} |`,
      );
  });
  lines.push(
    '',
    `Median ratio ours ÷ plain: ${serving.requestsRatio.toFixed(2)}× requests/s; plain ÷ ours CPU per request: ${serving.cpuRatio.toFixed(2)}×.`,
  );
  return lines;
}

function soakSection(soak: Soak, fault: Fault): string[] {
  const lines = [
    '',
    `## Soak: ${soak.seconds} s on the shipped configuration serving a release, ${soak.connections} connections`,
    '',
    `Paths in turn: ${soak.paths.map((path) => `\`${path}\``).join(', ')}. ${soak.requests} requests, ${soak.errors} errors; nginx's memory (master and workers) ${soak.memoryMiB.start.toFixed(1)} MiB at the start, ${soak.memoryMiB.end.toFixed(1)} MiB at the end.`,
    '',
    '| second | requests/s | p99 ms | errors |',
    '|---|---|---|---|',
    ...soak.slices.map(
      (slice) =>
        `| ${slice.atSecond} | ${slice.requestsPerSecond.toFixed(0)} | ${slice.latencyP99.toFixed(2)} | ${slice.errors} |`,
    ),
    '',
    '### Fault: the release folder unreadable for a moment',
    '',
    '| address | answer while unreadable | every security header |',
    '|---|---|---|',
    ...fault.answers.map(
      (answer) => `| \`${answer.path}\` | ${answer.status} | ${answer.securityHeaders ? 'yes' : 'no'} |`,
    ),
    '',
    `Readable again, every address answered 200 after ${fault.recoveredAfterSeconds.toFixed(1)} s, ${fault.sameProcess ? 'from the same nginx, never restarted' : 'but nginx had stopped'}.`,
  ];
  return lines;
}
