import { z } from 'astro/zod';

/**
 * A value someone has to decide before the archive is published. `placeholder: true` marks one
 * still unset, so the exports and the Data page can say so instead of pretending.
 */
const DecisionSchema = {
  /** Why the value is what it is, or what the publisher must do about it. */
  note: z.string().optional(),
  /** True while the value is a stand-in nobody has confirmed. */
  placeholder: z.boolean().default(false),
};

/** Who publishes the archive and on what terms (`data/site/publication.json`). Chinese text is Simplified. */
export const PublicationSchema = z.object({
  /** What this file is for; read by people, not by code. */
  about: z.string().optional(),
  /** The archive's name as a repository: OAI-PMH `repositoryName`, oEmbed `provider_name`. */
  repositoryName: z.string().min(1),
  /** The newspaper's name as printed on its masthead: `dc:source`, CSL `container-title`. */
  newspaper: z.string().min(1),
  /** Who publishes the newspaper: `dc:publisher`, CSL `publisher`. */
  publisher: z.object({
    /** Name as it should be cited. */
    name: z.string().min(1),
    /** The publisher's own site, if any. */
    url: z.url().optional(),
    ...DecisionSchema,
  }),
  /** Terms under which the texts and the data may be reused: `dc:rights`, `licence` in the JSON API. */
  licence: z.object({
    /** Name of the licence or rights statement, e.g. `CC BY 4.0` or `All rights reserved`. */
    name: z.string().min(1),
    /** Where the licence text or rights statement can be read. */
    url: z.url().optional(),
    ...DecisionSchema,
  }),
  /** Who answers for the archive's metadata. */
  contact: z.object({
    /** OAI-PMH `adminEmail`: the address harvesters write to when records are wrong. */
    adminEmail: z.email(),
    ...DecisionSchema,
  }),
  /** OAI-PMH Static Repository settings. */
  oai: z.object({
    /**
     * The `repositoryIdentifier` of OAI identifiers (`oai:<this>:<article id>`); a domain name the
     * archive controls. Unset, the site's host name is used. Set it before the first harvest:
     * identifiers must never change, and a GitHub Pages host is shared by every project of its owner.
     */
    repositoryIdentifier: z
      .string()
      .regex(/^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/)
      .optional(),
    /**
     * Base URL of the Static Repository Gateway that intermediates for the archive. The spec makes
     * `baseURL` the gateway's URL followed by the file's URL without `http(s)://`; unset, `baseURL`
     * is the file's own URL until a gateway is chosen.
     */
    gatewayUrl: z.url().optional(),
    ...DecisionSchema,
  }),
});

export type Publication = z.infer<typeof PublicationSchema>;
