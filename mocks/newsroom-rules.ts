import { embedOf, type VideoEmbed } from '../server/src/news/video.js';
import { MockUserError } from './mock-api.js';

/** A live stream as the API takes and gives it. */
export interface LiveStream {
  startsAt: string;
  endsAt: string;
  url: string;
}

/** An attached file as the API gives it. */
export interface Attachment {
  name: string;
  url: string;
  contentType: string;
  size: number;
}

const TAG = /^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u;
const MAX_TAG_LENGTH = 30;
const MAX_TAGS = 8;
const MAX_STREAM_MS = 12 * 3_600_000;
const MAX_ATTACHMENTS = 10;
const MAX_NAME_LENGTH = 120;
/** What the mock media endpoint answers for an attachment: its size and kind in its name. */
const MOCK_UPLOAD = /^\/media\/uploads\/mock-(\d+)\.(pdf|png|jpg|gif|webp)$/;
const UPLOAD_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/** A refused field, as the server says it: BAD_USER_INPUT with `field` and `reason`. */
export function invalid(field: string, reason: string): MockUserError {
  const error = new MockUserError('BAD_USER_INPUT', `${field}: ${reason}`);
  Object.assign(error.extensions, { field, reason });
  return error;
}

/** The most articles pinned at once per brand and country (news/pinned.ts). */
export const MAX_PINNED = 3;
const MAX_PIN_MS = 90 * 86_400_000;

/** When a pin ends, as the server takes it (news/pinned.ts), or its refusal. */
export function checkedPinEnd(until: string): string {
  const end = Date.parse(until);
  if (Number.isNaN(end) || end <= Date.now()) throw invalid('until', 'IN_THE_PAST');
  if (end - Date.now() > MAX_PIN_MS) throw invalid('until', 'TOO_LONG');
  return new Date(end).toISOString();
}

/** An article's tags as the server stores them (news/topics.ts), or its refusal. */
export function checkedTags(tags: readonly string[]): string[] {
  const clean = [...new Set(tags.map((tag) => tag.trim().replace(/^#/, '').toLowerCase()))];
  if (clean.some((tag) => tag.length > MAX_TAG_LENGTH || !TAG.test(tag))) {
    throw invalid('tags', 'INVALID_TAG');
  }
  if (clean.length > MAX_TAGS) throw invalid('tags', 'TOO_LONG');
  return clean;
}

/** A live stream as the server takes it (news/live-streams.ts), or its refusal. */
export function checkedLiveStream(stream: LiveStream): LiveStream {
  const [start, end] = [Date.parse(stream.startsAt), Date.parse(stream.endsAt)];
  if (Number.isNaN(start)) throw invalid('startsAt', 'REQUIRED');
  if (Number.isNaN(end)) throw invalid('endsAt', 'REQUIRED');
  if (end <= start) throw invalid('endsAt', 'ENDS_BEFORE_START');
  if (end <= Date.now()) throw invalid('endsAt', 'IN_THE_PAST');
  if (end - start > MAX_STREAM_MS) throw invalid('endsAt', 'TOO_LONG');
  const url = stream.url.trim();
  if (!/^https:\/\/[^/\s]+/.test(url)) throw invalid('url', 'NOT_HTTPS');
  return { ...stream, url };
}

/** A video's player as the server keeps it (news/article-video.ts), or its refusal. */
export function embeddedVideo(url: string): VideoEmbed {
  const video = embedOf(url);
  if (!video) throw invalid('url', 'NOT_EMBEDDABLE');
  return video;
}

/** Files uploaded to the mock media endpoint, attached in order (news/attachments.ts). */
export function uploadedAttachments(list: readonly { name: string; url: string }[]): Attachment[] {
  if (list.length > MAX_ATTACHMENTS) throw invalid('attachments', 'TOO_LONG');
  return list.map(({ name, url }) => {
    const [, size, extension] = MOCK_UPLOAD.exec(url) ?? [];
    if (!size || !extension) throw invalid('attachments', 'NOT_UPLOADED');
    const shown = name.trim();
    if (shown === '' || shown.length > MAX_NAME_LENGTH) throw invalid('attachments', 'TOO_LONG');
    return { name: shown, url, contentType: UPLOAD_TYPES[extension]!, size: Number(size) };
  });
}
