// The group portal's own script: its globals, and its single sign-on handing a token to
// Piazza. Here the "SSO" is Piazza's demo issuer; ?as=<person id> signs in as that
// person, ?locale=<tag> imposes a language, as a real group portal would.
window.groupPortal = { name: 'Group portal', clicks: 0 };
window.addEventListener('click', () => {
  window.groupPortal.clicks += 1;
});

const params = new URLSearchParams(window.location.search);
const personId = params.get('as');
const locale = params.get('locale');
let token;

/**
 * The SSO's token provider, as Piazza calls it: the token it holds, or a new one when
 * Piazza says the one it holds has expired (`forceRefresh`). Concurrent calls share a
 * request; a failed request is forgotten so that the next call tries again.
 */
async function groupSingleSignOn({ forceRefresh = false } = {}) {
  if (token === undefined || forceRefresh) {
    const pending = fetch('/auth/demo/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId }),
    })
      .then((response) => {
        if (!response.ok) throw new Error(`Group SSO: HTTP ${response.status}`);
        return response.json();
      })
      .then((body) => body.accessToken)
      .catch((error) => {
        if (token === pending) token = undefined;
        throw error;
      });
    token = pending;
  }
  return token;
}

const portal = document.querySelector('piazza-portal');
if (locale) portal.setAttribute('locale', locale);
if (personId) portal.getToken = groupSingleSignOn;
