// Sends errors to adolink with the official Sentry SDK for Node.js, as an application would:
// node sentry-node-client.mjs <DSN>. Prints one JSON line with the event ids it sent.
import * as Sentry from '@sentry/node';

const dsn = process.argv[2];
Sentry.init({ dsn, release: 'web@3.1.0', environment: 'production', tracesSampleRate: 0 });
Sentry.setTag('region', 'eu');
Sentry.setUser({ id: 'node-user-1', email: 'node@example.com' });

function chargeCard(amount) {
  throw new TypeError(`Card declined for amount ${amount}`);
}

function checkout(amount) {
  chargeCard(amount);
}

const ids = [];
for (const amount of [42, 43]) {
  try {
    checkout(amount);
  } catch (error) {
    ids.push(Sentry.captureException(error));
  }
}
ids.push(Sentry.captureMessage('Payment provider timed out', 'warning'));
const flushed = await Sentry.flush(10000);
console.log(JSON.stringify({ flushed, ids }));
