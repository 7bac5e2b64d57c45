/**
 * More brands phishing borrows, beyond the global ones in brands.ts: parcel
 * carriers, banks and tax authorities of the countries whose campaigns reach
 * European and American inboxes most, marketplaces, streaming, telecoms and
 * crypto services. Same rules: `labels` are the registrable-domain labels the
 * brand really sends from; `ambiguous` names only count as the whole name.
 */
import type { Brand } from './brands.js';

function brand(name: string, words: string, labels: string[], extra: Partial<Brand> = {}): Brand {
  return { name, pattern: new RegExp(`(?:^|[^a-z0-9])(?:${words})(?![a-z0-9])`, 'i'), labels, ...extra };
}

export const regionalBrands: readonly Brand[] = [
  // Parcel carriers and postal services.
  brand('Mondial Relay', 'mondial ?relay', ['mondialrelay']),
  brand('La Poste', 'la ?poste|colissimo', ['laposte', 'colissimo']),
  brand('Chronopost', 'chronopost', ['chronopost']),
  brand('DPD', 'dpd', ['dpd', 'dpdgroup']),
  brand('GLS', 'gls', ['gls-group', 'gls'], { ambiguous: true }),
  brand('Evri', 'evri|hermes parcel', ['evri', 'myhermes']),
  brand('PostNL', 'post ?nl', ['postnl']),
  brand('Deutsche Post', 'deutsche post', ['deutschepost', 'dhl']),
  brand('Canada Post', 'canada post|postes canada', [
    'canadapost',
    'postescanada',
    'canadapost-postescanada',
  ]),
  brand('Australia Post', 'australia post|auspost', ['auspost']),
  brand('Poste Italiane', 'poste italiane', ['poste', 'posteitaliane']),
  brand('Correos', 'correos', ['correos']),
  brand('CTT', 'ctt expresso|ctt correios', ['ctt']),
  brand('InPost', 'inpost', ['inpost']),
  brand('Yodel', 'yodel', ['yodel']),
  brand('Aramex', 'aramex', ['aramex']),
  // Banks and payment services.
  brand('TD Bank', 'td bank|td direct investing|td canada trust|td ameritrade|td easyweb', [
    'td',
    'tdbank',
    'tdameritrade',
    'tdcanadatrust',
  ]),
  brand('RBC', 'rbc|royal bank of canada', ['rbc', 'rbcroyalbank']),
  brand('Scotiabank', 'scotiabank', ['scotiabank']),
  brand('BMO', 'bmo|bank of montreal', ['bmo']),
  brand('Desjardins', 'desjardins', ['desjardins']),
  brand('Interac', 'interac', ['interac']),
  brand('Capital One', 'capital ?one', ['capitalone']),
  brand('Navy Federal', 'navy federal', ['navyfederal']),
  brand('USAA', 'usaa', ['usaa']),
  brand('Lloyds', 'lloyds bank', ['lloydsbank', 'lloyds']),
  brand('NatWest', 'natwest', ['natwest']),
  brand('Revolut', 'revolut', ['revolut']),
  brand('N26', 'n26', ['n26']),
  brand('Monzo', 'monzo', ['monzo']),
  brand('Wise', 'transferwise|wise payments', ['wise', 'transferwise']),
  brand('BNP Paribas', 'bnp ?paribas', ['bnpparibas', 'mabanque']),
  brand('Société Générale', 'soci[ée]t[ée] g[ée]n[ée]rale', ['societegenerale', 'sg']),
  brand('Crédit Agricole', 'cr[ée]dit agricole', ['credit-agricole', 'ca-paris']),
  brand('Sparkasse', 'sparkasse', ['sparkasse']),
  brand('Deutsche Bank', 'deutsche bank', ['deutsche-bank', 'db']),
  brand('Commerzbank', 'commerzbank', ['commerzbank']),
  brand('ING', 'ing bank|ing direct', ['ing'], { ambiguous: true }),
  brand('BBVA', 'bbva', ['bbva']),
  brand('CaixaBank', 'caixabank', ['caixabank']),
  brand('Banco Inter', 'banco inter', ['bancointer', 'inter']),
  brand('PicPay', 'picpay', ['picpay']),
  brand('Pix', 'pix', ['bcb'], { ambiguous: true }),
  // Tax authorities.
  // Government senders: registrable labels under the country's public suffix (fazenda.gov.br, impots.gouv.fr).
  brand('Receita Federal', 'receita federal', ['fazenda', 'receita', 'serpro']),
  brand('Agencia Tributaria', 'agencia tributaria', ['agenciatributaria']),
  brand('DGFiP', 'impots\\.gouv|dgfip|finances publiques', ['impots', 'dgfip']),
  brand('Canada Revenue Agency', 'canada revenue agency|agence du revenu du canada', ['canada', 'cra-arc']),
  brand('Australian Taxation Office', 'australian taxation office', ['ato', 'mygov']),
  // Marketplaces and shops.
  brand('AliExpress', 'aliexpress', ['aliexpress', 'alibaba']),
  brand('Temu', 'temu', ['temu']),
  brand('Shein', 'shein', ['shein']),
  brand('Etsy', 'etsy', ['etsy']),
  brand('Rakuten', 'rakuten', ['rakuten']),
  brand('Zalando', 'zalando', ['zalando']),
  brand('Allegro', 'allegro', ['allegro'], { ambiguous: true }),
  brand('Kohl’s', "kohl'?s", ['kohls']),
  brand('Home Depot', 'home ?depot', ['homedepot']),
  brand('IKEA', 'ikea', ['ikea']),
  brand('Lidl', 'lidl', ['lidl']),
  brand('Aldi', 'aldi', ['aldi', 'aldi-sued', 'aldi-nord']),
  brand('Rossmann', 'rossmann', ['rossmann']),
  brand('Albert Heijn', 'albert[- ]?heijn', ['ah', 'albertheijn']),
  brand('REWE', 'rewe', ['rewe', 'rewe-online', 'rewe-group']),
  brand('EDEKA', 'edeka', ['edeka', 'edeka24']),
  // Automobile clubs: the "free car emergency kit" survey lures wear their names.
  brand('ADAC', 'adac', ['adac']),
  brand('AAA', 'aaa', ['aaa'], { ambiguous: true }),
  // Streaming, telecoms, travel, security software.
  brand('HBO Max', 'hbo ?max|max streaming', ['hbomax', 'max']),
  brand('Hulu', 'hulu', ['hulu']),
  brand('Paramount+', 'paramount ?\\+|paramount plus', ['paramountplus', 'paramount']),
  brand('DAZN', 'dazn', ['dazn']),
  brand('Vodafone', 'vodafone', ['vodafone']),
  brand('Telekom', 'telekom', ['telekom', 't-online']),
  brand('Movistar', 'movistar', ['movistar', 'telefonica']),
  brand('Telstra', 'telstra', ['telstra']),
  brand('Expedia', 'expedia', ['expedia']),
  brand('Ryanair', 'ryanair', ['ryanair']),
  brand('Avast', 'avast', ['avast']),
  brand('Kaspersky', 'kaspersky', ['kaspersky']),
  // Crypto exchanges and wallets.
  brand('Kraken', 'kraken', ['kraken'], { ambiguous: true }),
  brand('Bybit', 'bybit', ['bybit']),
  brand('OKX', 'okx', ['okx']),
  brand('KuCoin', 'kucoin', ['kucoin']),
  brand('Bitpanda', 'bitpanda', ['bitpanda']),
  brand('Bitget', 'bitget', ['bitget']),
  brand('Uniswap', 'uniswap', ['uniswap']),
  brand('OpenSea', 'opensea', ['opensea']),
  brand('zkSync', 'zk ?sync', ['zksync']),
  brand('Arbitrum', 'arbitrum', ['arbitrum']),
  brand('Trezor', 'trezor', ['trezor']),
  brand('Robinhood', 'robinhood', ['robinhood']),
  brand('eToro', 'etoro', ['etoro']),
];
