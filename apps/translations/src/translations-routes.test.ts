import { expect } from '@open-wc/testing';
import { editorPath, routeOf, sectionPath } from './translations-routes.js';

const at = (path: string) => {
  const url = new URL(path, 'https://piazza.example');
  return routeOf({ pathname: url.pathname, search: url.search }, '/portal/translations/');
};

describe('translations routes', () => {
  it('reads the overview, a locale’s sections and the editor with its filter, search and key', () => {
    expect(at('/portal/translations')).to.deep.equal({ screen: 'overview' });
    expect(at('/portal/translations/pl/review')).to.deep.equal({ screen: 'review', locale: 'pl' });
    expect(at('/portal/translations/es-CL/glossary')).to.deep.equal({
      screen: 'glossary',
      locale: 'es-CL',
    });
    expect(at('/portal/translations/pl/files')).to.deep.equal({ screen: 'files', locale: 'pl' });
    expect(at('/portal/translations/pl/news?filter=review&q=feed&key=feed.title')).to.deep.equal({
      screen: 'editor',
      locale: 'pl',
      namespace: 'news',
      query: { filter: 'review', search: 'feed', key: 'feed.title' },
    });
  });

  it('ignores an unknown filter and has no screen for other addresses', () => {
    expect(at('/portal/translations/pl/news?filter=everything')).to.deep.include({
      query: { filter: '', search: '', key: '' },
    });
    expect(at('/portal/translations/pl')).to.equal(undefined);
    expect(at('/portal/tickets')).to.equal(undefined);
  });

  it('writes addresses that read back the same', () => {
    const path = editorPath('pl', 'news', { filter: 'missing', search: 'a b', key: 'x.y' });
    expect(path).to.equal('translations/pl/news?filter=missing&q=a+b&key=x.y');
    expect(at(`/portal/${path}`)).to.deep.include({
      query: { filter: 'missing', search: 'a b', key: 'x.y' },
    });
    expect(editorPath('pl', 'news')).to.equal('translations/pl/news');
    expect(sectionPath('pl', 'files')).to.equal('translations/pl/files');
  });
});
