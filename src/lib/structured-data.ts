import type { ContactChannels } from './content/schema';
import type { Authority } from './content/types';
import type { PageDates } from './page-dates';

export interface TrailItem {
  label: string;
  href: string;
}

interface WebPageInput {
  /** The page's absolute address. */
  url: string;
  name: string;
  description: string;
  dates?: PageDates;
  /** The pages above this one and the page itself, with absolute addresses, front page first. */
  trail: readonly TrailItem[];
  language: string;
}

/** schema.org WebPage with its BreadcrumbList: there is no privacy-policy type, so WebPage carries the dates. */
export function webPageData({ url, name, description, dates, trail, language }: WebPageInput) {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebPage',
        '@id': url,
        url,
        name,
        description,
        inLanguage: language,
        ...(dates && { dateModified: dates.modified }),
        ...(dates?.reviewed && { lastReviewed: dates.reviewed }),
        breadcrumb: { '@id': `${url}#brodkrummer` },
      },
      {
        '@type': 'BreadcrumbList',
        '@id': `${url}#brodkrummer`,
        itemListElement: trail.map((item, index) => ({
          '@type': 'ListItem',
          position: index + 1,
          name: item.label,
          item: item.href,
        })),
      },
    ],
  };
}

function contactPoint(contactType: string, channels: ContactChannels) {
  return {
    '@type': 'ContactPoint',
    contactType,
    availableLanguage: 'da',
    ...(channels.phone && { telephone: channels.phone }),
    ...(channels.email && { email: channels.email }),
    ...(channels.contactForm?.url && { url: channels.contactForm.url }),
  };
}

/** schema.org GovernmentOrganization with a ContactPoint for the controller and one for the DPO, where published. */
export function organizationData(authority: Authority) {
  const contactPoints = [
    ...(authority.controllerContact ? [contactPoint('Dataansvarlig', authority.controllerContact)] : []),
    ...(authority.dpoContact ? [contactPoint('Databeskyttelsesrådgiver (DPO)', authority.dpoContact)] : []),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: authority.name,
    url: authority.website,
    ...(contactPoints.length > 0 && { contactPoint: contactPoints }),
  };
}
