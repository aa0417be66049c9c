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

async function groupSingleSignOn() {
  token ??= fetch('/auth/demo/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  })
    .then((response) => response.json())
    .then((body) => body.accessToken);
  return token;
}

const portal = document.querySelector('piazza-portal');
if (locale) portal.setAttribute('locale', locale);
if (personId) portal.getToken = groupSingleSignOn;
