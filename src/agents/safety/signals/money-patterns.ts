/**
 * Money requests: gift cards, wires, crypto and fees, advance-fee stories
 * (inheritances, lotteries, dying donors) and the executive "quick favour".
 */
import { gated } from './gated.js';

export const giftCard =
  /\b(?:gift ?cards?|itunes cards?|apple (?:gift )?cards?|google play (?:gift )?cards?|steam (?:wallet |gift )?cards?|amazon (?:gift )?cards?|vanilla (?:visa )?cards?|prepaid (?:visa )?cards?|cart[aã]o presente|tarjetas? (?:de )?regalo)\b/;
export const payment = [
  gated(
    'wire bank western moneygram bitcoin btc usdt ethereum cryptocurrency crypto wallet send processing release clearance customs delivery shipping redelivery unpaid outstanding overdue',
    /\b(?:wire transfer|bank transfer|western union|moneygram|bitcoin|btc|usdt|ethereum|cryptocurrency|crypto wallet|wallet address|send (?:the )?(?:funds|money|payment)|processing fee|release fee|clearance fee|customs (?:fee|duty|charges)|delivery fee|shipping fee|redelivery fee|unpaid (?:toll|fee|invoice|balance)|outstanding (?:invoice|balance|payment|amount)|overdue (?:invoice|payment|balance|bill))\b/,
  ),
  gated(
    'refund prize reward winnings funds compensation bonus cashback inheritance payment tax',
    /\b(?:claim|receive|collect|get|release) (?:your |the )?(?:refund|prize|reward|winnings|funds|compensation|bonus|cashback|inheritance|payment)\b|\btax refund\b|\brefund (?:is )?(?:pending|available|approved)\b/,
  ),
  gated(
    'taxa taxas tarifa tarifas pagamento boleto pago tasa pendentes pendente valor saque resgate crédito credito',
    /\b(?:taxas?|tarifas?) (?:pendentes?|de (?:importa[cç][aã]o|libera[cç][aã]o|entrega))|\bpagamento (?:pendente|da taxa)|\bpendentes? de (?:saque|pagamento|resgate)\b|\bvalor dispon[ií]vel\b|\b(?:saque|resgate|cr[eé]dito) (?:pendente|dispon[ií]vel|liberado)\b|\bboleto (?:vencido|pendente)|\bpago pendiente\b|\btasa de (?:envío|aduana)/,
  ),
];

export const advanceFee = [
  gated(
    'million billion usd us dollars euros euro eur gbp pounds m',
    /\b\d+(?:[.,]\d+)?\s?(?:million|billion|m)\s?(?:us|usd|u\.s\.?|dollars|euros?|eur|gbp|pounds)\b|\$\s?\d+(?:[.,]\d+)?\s?(?:million|m)\b|(?:us\s?\$|usd|eur|€|£|gbp)\s?\d{1,3}(?:[.,]\d{3}){2,}|\b\d{1,3}(?:[.,]\d{3}){2,}(?:[.,]\d\d)?\s?(?:eur|euros?|€|usd|dollars|£|gbp|pounds)/,
  ),
  gated(
    'inheritance kin beneficiary beneficiaries consignment diplomat diplomatic',
    /\binheritance\b|\bnext of kin\b|\bbeneficiar(?:y|ies)\b|\bconsignment\b|\bdiplomat(?:ic)?\b/,
  ),
  gated(
    'lottery lotto won selected chosen winning compensation atm',
    /\blottery\b|\blotto\b|\byou (?:have )?(?:won|been selected|been chosen)\b|\bwinning (?:notification|number)\b|\bcompensation (?:fund|payment)\b|\batm (?:visa |master )?card\b/,
  ),
  gated(
    'barrister attorney philanthropist donation unclaimed deceased late',
    /\bbarrister\b|\battorney at law\b|\bphilanthropist\b|\bdonation\b|\bunclaimed\b|\bdeceased\b|\blate (?:husband|wife|father|client|mr)\b/,
  ),
  gated(
    'proposal opportunity deal mutual strictly confidential',
    /\b(?:business|investment|partnership) (?:proposal|opportunity|deal)\b|\bmutual benefit\b|\bstrictly confidential\b|\bconfidential (?:business|transaction|matter)\b/,
  ),
  gated(
    'imf world united foreign transfer',
    /\bimf\b|\bworld bank\b|\bunited nations\b|\bforeign (?:partner|account)\b|\btransfer (?:of )?(?:the )?(?:sum|funds)\b/,
  ),
  gated(
    'friend beneficiary winner god kindly',
    /\bdear (?:friend|beneficiary|winner)\b|\bgod bless\b|\bkindly (?:reply|respond|contact|get back|send|confirm|provide)\b/,
  ),
  gated(
    'loan loans lender empréstimo emprestimo empréstimos emprestimos préstamo prestamo interest juros',
    /\bloan (?:offer|lender|company)\b|\bwe (?:offer|give|grant) loans\b|\bempr[eé]stimos?\b|\bpr[eé]stamos?\b|\binterest rate of \d|\btaxa de juros de \d/,
  ),
  gated(
    'begünstigte begünstigter spende erbschaft philanthrop philanthropen million millionen bénéficiaire héritage millions',
    /\bbegünstigte\/?r?\b|\bspende in höhe\b|\berbschaft\b|\bphilanthrop(?:en)?\b|\bmillion(?:en)? (?:dollar|euro)\b|\bbénéficiaire\b|\bhéritage\b|\bmillions? de (?:dollars|euros)\b/,
  ),
  gated(
    'herança heranca beneficiário beneficiario herencia lotería loteria sorteio ganhador',
    /\bheran[cç]a\b|\bbenefici[aá]rio\b|\bherencia\b|\bloter[ií]a\b|\bsorteio\b|\bganhador\b/,
  ),
];

// The dying-donor and hidden-fortune stories: an inheritance, a donation, a transfer kept secret.
advanceFee.push(
  gated(
    'inherited inherit donate donated donating cancer terminal incurable numbered',
    /\binherit(?:ed)?\b|\bdonat(?:e|ed|ing) (?:you |to you |the sum|this (?:money|fund))|\b(?:critical|terminal|incurable) (?:cancer|illness|disease)|\b(?:my )?days are numbered\b/,
  ),
  gated(
    'foreign transfer confidentiality discretion hitch charity charities charitable',
    /\bforeign bank account\b|\btransfer (?:of )?(?:this|the|these) (?:money|funds?|sum)\b|\butmost (?:confidentiality|discretion)\b|\b(?:100 ?% )?(?:hitch|risk)[- ]free\b|\bcharit(?:y|ies|able) (?:work|project|organi[sz]ations?|homes?)\b/,
  ),
);

advanceFee.push(
  gated(
    'benefactor philanthropist philanthropy grant donation charity randomly',
    /\bbenefactor\b|\bphilanthropi(?:st|c)\b|\b(?:grant|donation) of\b|\bcharity (?:donation|fund)\b|\brandomly selected\b/,
  ),
  gated(
    'forward reply send contact claims claim',
    /\b(?:forward|reply|send|contact)\b[^.]{0,60}\b(?:for|to process) (?:your )?claims?\b/,
  ),
);

export const executiveFavour = [
  gated('available desk busy around free', /\bare you (?:available|at your desk|busy|around|free)\b/),
  gated(
    'favor favour task errand',
    /\b(?:i need|do me) a (?:quick |small )?(?:favou?r|task)\b|\bquick (?:favou?r|task|errand)\b/,
  ),
  gated(
    'discreet discreetly between confidential private',
    /\bdiscreet(?:ly)?\b|\bkeep (?:this|it) (?:between us|confidential|private)\b/,
  ),
  gated(
    'meeting conference flight talk call calls',
    /\bi(?:'m| am) (?:in|at|stuck in) (?:a |an )?(?:meeting|conference|flight)\b|\bcan(?:'t|not) (?:talk|call|take calls)\b/,
  ),
  gated(
    'scratch codes numbers pictures photos',
    /\bscratch (?:off )?the (?:back|cards?)\b|\bsend (?:me )?(?:the )?(?:codes|card numbers|pictures of the cards|photos of the cards)\b/,
  ),
  gated(
    'cell mobile personal whatsapp text',
    /\b(?:your|a) (?:cell|mobile|personal|whatsapp) (?:phone )?number\b|\btext me\b/,
  ),
];
