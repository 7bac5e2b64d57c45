/**
 * Brands phishers imitate most: big consumer, financial, crypto, delivery and
 * SaaS names, with the registrable-domain labels they really send from. A
 * domain whose label (the part before the public suffix) is one of `labels`
 * counts as the brand's own in any country ("amazon.co.uk", "paypal.de").
 * `ambiguous` names are ordinary words or names ("Chase", "Ledger"): they only
 * count when the display name is essentially the brand, not a person.
 */
import { regionalBrands } from './brands-regional.js';

export interface Brand {
  name: string;
  /** Matches the brand in a display name or subject. */
  pattern: RegExp;
  labels: readonly string[];
  /** Extra registrable domains that are not `<label>.<suffix>`. */
  domains?: readonly string[];
  ambiguous?: boolean;
}

function brand(name: string, words: string, labels: string[], extra: Partial<Brand> = {}): Brand {
  return { name, pattern: new RegExp(`(?:^|[^a-z0-9])(?:${words})(?![a-z0-9])`, 'i'), labels, ...extra };
}

export const brands: readonly Brand[] = [
  brand(
    'Microsoft',
    'microsoft|office ?365|microsoft ?365|outlook|onedrive|one ?drive|sharepoint|share ?point|ms teams|microsoft teams|hotmail|azure|xbox',
    [
      'microsoft',
      'office',
      'office365',
      'outlook',
      'live',
      'onedrive',
      'sharepoint',
      'microsoftonline',
      'microsoft365',
      'msn',
      'hotmail',
      'skype',
      'xbox',
      'windows',
      'azure',
      'bing',
      'sharepointonline',
      // Tenant domains (contoso.onmicrosoft.com): Microsoft's own, flagged as a shared platform instead.
      'onmicrosoft',
    ],
    { domains: ['windowsazure.com', 'msft.net', 'microsoftstore.com', 'mail.microsoft'] },
  ),
  brand('Google', 'google|gmail|google ?drive|google ?docs|youtube', [
    'google',
    'gmail',
    'googlemail',
    'youtube',
    'withgoogle',
    'googleusercontent',
    'gstatic',
  ]),
  brand('Apple', 'apple|icloud|itunes|app ?store|apple ?id', ['apple', 'icloud', 'itunes', 'me', 'mac']),
  brand(
    'Amazon',
    'amazon|prime ?video|aws',
    ['amazon', 'amazonaws', 'aws', 'primevideo', 'audible', 'amazonpay'],
    {
      domains: ['a2z.com'],
    },
  ),
  brand('PayPal', 'pay ?pal', ['paypal', 'paypal-communication', 'paypalobjects', 'venmo', 'xoom']),
  brand('Netflix', 'netflix', ['netflix']),
  brand('Facebook', 'facebook|instagram|whatsapp|meta business|meta ads|meta support', [
    'facebook',
    'facebookmail',
    'fb',
    'meta',
    'instagram',
    'whatsapp',
    'messenger',
  ]),
  brand('LinkedIn', 'linked ?in', ['linkedin', 'lnkd']),
  brand('DHL', 'dhl', ['dhl']),
  brand('FedEx', 'fed ?ex', ['fedex']),
  brand('UPS', 'ups', ['ups'], { ambiguous: true }),
  brand('USPS', 'usps|postal service', ['usps']),
  brand('Royal Mail', 'royal ?mail', ['royalmail']),
  brand('Correios', 'correios', ['correios']),
  brand('DocuSign', 'docu ?sign', ['docusign']),
  brand('Dropbox', 'dropbox', ['dropbox', 'dropboxmail']),
  brand('Adobe', 'adobe|acrobat', ['adobe', 'adobesign', 'echosign']),
  brand('WeTransfer', 'we ?transfer', ['wetransfer'], { domains: ['we.tl'] }),
  brand('Chase', 'chase|jp ?morgan', ['chase', 'jpmorgan', 'jpmorganchase'], { ambiguous: true }),
  brand('Bank of America', 'bank of america|bofa', ['bankofamerica', 'bofa']),
  brand('Wells Fargo', 'wells ?fargo', ['wellsfargo', 'wf']),
  brand('Citibank', 'citi ?bank|citigroup', ['citi', 'citibank', 'citigroup']),
  brand('HSBC', 'hsbc', ['hsbc']),
  brand('Barclays', 'barclays', ['barclays', 'barclaycard']),
  brand('Santander', 'santander', ['santander']),
  brand('American Express', 'american ?express|amex', ['americanexpress', 'aexp', 'amex']),
  brand('Mastercard', 'master ?card', ['mastercard']),
  brand('Visa', 'visa', ['visa'], { ambiguous: true }),
  brand('Coinbase', 'coinbase', ['coinbase']),
  brand('Binance', 'binance', ['binance']),
  brand('MetaMask', 'meta ?mask', ['metamask', 'consensys']),
  brand('Ledger', 'ledger', ['ledger'], { ambiguous: true }),
  brand('Trust Wallet', 'trust ?wallet', ['trustwallet']),
  brand('Blockchain.com', 'blockchain\\.com', ['blockchain']),
  brand('Crypto.com', 'crypto\\.com', ['crypto']),
  brand('Norton', 'norton', ['norton', 'nortonlifelock', 'gen'], { ambiguous: true }),
  brand('McAfee', 'mc ?afee', ['mcafee']),
  brand('Geek Squad', 'geek ?squad', ['geeksquad', 'bestbuy']),
  brand('Walmart', 'walmart', ['walmart']),
  brand('eBay', 'ebay', ['ebay']),
  brand('Costco', 'costco', ['costco']),
  brand('Steam', 'steam ?(?:support|community|wallet)', ['steampowered', 'steamcommunity']),
  brand('Spotify', 'spotify', ['spotify']),
  brand('Disney+', 'disney ?\\+|disney ?plus', ['disney', 'disneyplus']),
  brand('Airbnb', 'airbnb', ['airbnb']),
  brand('Booking.com', 'booking\\.com', ['booking']),
  brand('Uber', 'uber', ['uber'], { ambiguous: true }),
  brand('Bradesco', 'bradesco', ['bradesco']),
  brand('Itaú', 'ita[uú]', ['itau']),
  brand('Banco do Brasil', 'banco do brasil|\\[bb\\]', ['bb'], { domains: ['bb.com.br'] }),
  brand('Caixa', 'caixa', ['caixa']),
  brand('Nubank', 'nubank', ['nubank', 'nu']),
  brand('Mercado Livre', 'mercado ?(?:livre|libre|pago)', ['mercadolivre', 'mercadolibre', 'mercadopago']),
  brand('IRS', 'irs|internal revenue service', ['irs'], { ambiguous: true }),
  brand('HMRC', 'hmrc', ['hmrc'], { domains: ['gov.uk'] }),
  brand('Intuit', 'intuit|quick ?books|turbo ?tax', ['intuit', 'quickbooks', 'turbotax']),
  brand('Stripe', 'stripe', ['stripe'], { ambiguous: true }),
  brand('Yahoo', 'yahoo', ['yahoo', 'ymail']),
  brand('AT&T', 'at&t|at&amp;t', ['att']),
  brand('Verizon', 'verizon', ['verizon', 'verizonwireless']),
  brand('T-Mobile', 't-mobile', ['t-mobile', 'tmobile']),
  brand('Xfinity', 'xfinity|comcast', ['xfinity', 'comcast']),
  brand('Zoom', 'zoom (?:meeting|video|support|team)', ['zoom', 'zoomgov']),
  brand(
    'Webmail',
    'webmail|mail ?admin|e-?mail admin|mailbox admin|email support|it help ?desk|it support',
    [],
  ),
  ...regionalBrands,
];

/** Brands whose names appear in `text` (display name, subject). */
export function brandsIn(text: string): Brand[] {
  if (text.length === 0) return [];
  const found: Brand[] = [];
  for (const candidate of brands) if (candidate.pattern.test(text)) found.push(candidate);
  return found;
}

/** True when `domain` (registrable, with its label) belongs to `brand`. */
export function isBrandDomain(candidate: Brand, domain: string | null, label: string | null): boolean {
  if (!domain) return false;
  if (label && candidate.labels.includes(label)) return true;
  return candidate.domains?.includes(domain) ?? false;
}
