import { describe, expect, it } from 'vitest';
import { PublicationSchema } from '../../src/schemas/publication.ts';
import { readPublicationFile } from './records.ts';

describe('data/site/publication.json', () => {
  const publication = readPublicationFile();

  it('is valid', () => {
    expect(publication.repositoryName).toBe('武进日报数字档案');
    expect(publication.newspaper).toBe('武进日报');
  });

  it('does not invent a licence: the placeholder is marked and says who must set it', () => {
    expect(publication.licence.name).toBe('All rights reserved');
    expect(publication.licence.placeholder).toBe(true);
    expect(publication.licence.note).toMatch(/^PLACEHOLDER/);
    expect(publication.licence.note).toMatch(/publisher must set/);
  });

  it('marks the admin e-mail as a placeholder on a reserved domain', () => {
    expect(publication.contact.placeholder).toBe(true);
    expect(publication.contact.adminEmail).toMatch(/@example\.org$/);
  });

  it('rejects a bad e-mail, a bad licence URL and an OAI repository identifier that is not a domain', () => {
    const valid = { repositoryName: 'r', newspaper: 'n', publisher: { name: 'p' }, licence: { name: 'l' }, contact: { adminEmail: 'a@example.org' }, oai: {} };
    expect(PublicationSchema.safeParse(valid).success).toBe(true);
    expect(PublicationSchema.safeParse({ ...valid, contact: { adminEmail: 'nobody' } }).success).toBe(false);
    expect(PublicationSchema.safeParse({ ...valid, licence: { name: 'l', url: 'not a url' } }).success).toBe(false);
    expect(PublicationSchema.safeParse({ ...valid, oai: { repositoryIdentifier: 'localhost' } }).success).toBe(false);
    expect(PublicationSchema.parse(valid).licence.placeholder).toBe(false);
  });
});
