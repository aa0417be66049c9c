import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const oidc = {
  OIDC_ISSUER: 'https://sso.group.example',
  OIDC_AUDIENCE: 'piazza',
  OIDC_JWKS_URL: 'https://sso.group.example/jwks.json',
};

describe('loadConfig', () => {
  it('runs out of the box in development with the demo issuer and PGlite', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      production: false,
      demoIssuer: true,
    });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/\.data$/);
    expect(config.demoKeyFile).toMatch(/\.data[/\\]demo-issuer-key\.json$/);
    expect(config.distDir).toMatch(/dist$/);
  });

  it('refuses production without an identity provider', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
  });

  it('turns the demo issuer off in production unless explicitly allowed', () => {
    expect(loadConfig({ NODE_ENV: 'production', ...oidc })).toMatchObject({
      production: true,
      demoIssuer: false,
      oidc: {
        issuer: oidc.OIDC_ISSUER,
        audience: 'piazza',
        jwksUrl: oidc.OIDC_JWKS_URL,
      },
    });
    expect(loadConfig({ NODE_ENV: 'production', PIAZZA_ALLOW_DEMO_ISSUER: '1' }).demoIssuer).toBe(
      true,
    );
  });

  it('rejects half an OIDC configuration, a bad port and a bad database URL', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://sso.example' })).toThrow(/set together/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db' })).toThrow(/DATABASE_URL/);
  });

  it('lets demo tokens live an hour unless PIAZZA_DEMO_TOKEN_SECONDS says otherwise', () => {
    expect(loadConfig({}).demoTokenSeconds).toBe(3600);
    expect(loadConfig({ PIAZZA_DEMO_TOKEN_SECONDS: '30' }).demoTokenSeconds).toBe(30);
    expect(loadConfig({ PIAZZA_DEMO_TOKEN_SECONDS: '86400' }).demoTokenSeconds).toBe(86400);
    for (const value of ['29', '86401', '90.5', '1e3', ' 60', '-60', 'soon']) {
      expect(() => loadConfig({ PIAZZA_DEMO_TOKEN_SECONDS: value }), value).toThrow(ConfigError);
    }
  });

  it('allows 60 demo sign-ins a minute per address unless PIAZZA_DEMO_SIGN_INS_PER_MINUTE says otherwise', () => {
    expect(loadConfig({}).rateLimits.signInsPerAddress).toBe(60);
    const raised = loadConfig({ PIAZZA_DEMO_SIGN_INS_PER_MINUTE: '1000' });
    expect(raised.rateLimits.signInsPerAddress).toBe(1000);
    expect(raised.rateLimits.mutationsPerPerson).toBe(60);
    for (const value of ['0', '100001', '1.5', 'many']) {
      expect(() => loadConfig({ PIAZZA_DEMO_SIGN_INS_PER_MINUTE: value }), value).toThrow(
        ConfigError,
      );
    }
  });

  it('embeds only YouTube and Vimeo unless PIAZZA_EMBED_ORIGINS names the deployment’s own video sites', () => {
    expect(loadConfig({}).embedOrigins).toEqual([]);
    expect(
      loadConfig({
        PIAZZA_EMBED_ORIGINS: ' https://webinar.group.example, https://Video.Group.example/ ,',
      }).embedOrigins,
    ).toEqual(['https://webinar.group.example', 'https://video.group.example']);
    for (const value of [
      'http://webinar.group.example',
      'https://webinar.group.example/live',
      'https://webinar.group.example?room=1',
      'https://user@webinar.group.example',
      'webinar.group.example',
      '*',
    ]) {
      expect(() => loadConfig({ PIAZZA_EMBED_ORIGINS: value }), value).toThrow(ConfigError);
    }
  });

  it('keeps the demo key in the database when the data is on a PostgreSQL server', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db.example/piazza', PORT: '9000' });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://db.example/piazza',
      port: 9000,
      demoKeyFile: undefined,
    });
  });
});
