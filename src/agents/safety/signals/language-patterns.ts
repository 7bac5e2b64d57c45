/**
 * The phrase patterns behind languageSignals, one list per theme. Each pattern
 * is gated by a few key words so the regular expression only runs on mail that
 * contains one of them. Compiled once at module load.
 */
export interface Gated {
  /** At least one of these words must occur before the pattern is tried. */
  words: readonly string[];
  /** Or, instead of words, this piece of text (for gates that are not words, like "%"). */
  contains?: string;
  pattern: RegExp;
}

function gated(words: string, pattern: RegExp): Gated {
  return { words: words.split(' '), pattern };
}

export const credential = [
  gated(
    'verify confirm update validate activate reactivate unlock restore reconfirm revalidate re',
    /\b(?:verify|confirm|validate|re-?activate|reactivate|unlock|restore|re-?confirm|re-?validate)\s+(?:your\s+|the\s+|this\s+)?(?:account|identity|password|log-?in|sign-?in|credentials|mailbox|e-?mail account|wallet|payment (?:method|details|information)|billing (?:details|information|address)|personal (?:information|details)|card (?:details|information))\b|\bupdate\s+(?:your\s+)?(?:account (?:details|information)|password|payment (?:method|details|information)|billing (?:details|information)|card (?:details|information)|wallet|mailbox|credentials)\b/,
  ),
  gated('phrase private', /\b(?:seed|recovery|secret|wallet|mnemonic) phrase\b|\bprivate keys?\b/),
  gated(
    'verification verify confirm',
    /\b(?:wallet|account) verification\b|\bverification (?:process|procedure) for your (?:wallet|account)\b|\bconfirm your (?:identity|information|details) (?:to|in order to) (?:receive|claim|get)\b/,
  ),
  gated(
    'password pin passcode credentials login card cvv social ssn',
    /\b(?:enter|provide|re-?enter|confirm|submit) (?:your )?(?:password|pin|passcode|credentials|login details|card (?:number|details)|cvv|social security number|ssn)\b/,
  ),
  gated(
    'password',
    /\b(?:keep|continue (?:using|with)) (?:the )?same password\b|\bpassword (?:reset|change) (?:is )?required\b/,
  ),
  gated(
    'atualize atualizar atualização atualizacao confirme confirmar verifique verificar valide validar regularize regularizar recadastre recadastrar',
    /\b(?:atualiz(?:e|ar|a[cç][aã]o)|confirm(?:e|ar)|verifi(?:que|car)|valid(?:e|ar)|regulariz(?:e|ar)|recadastr(?:e|ar))\s+(?:seus?\s+|sua\s+|o\s+|a\s+)?(?:dados|cadastro|conta|senha|acesso|identidade|token|chave pix)/,
  ),
  gated(
    'actualice actualicar actualiza actualizar verifique verificar confirme confirmar valide validar',
    /\b(?:actualic(?:e|ar)|actualiza|verifi(?:que|car)|confirm(?:e|ar)|valid(?:e|ar))\s+(?:sus?\s+|tu\s+|la\s+)?(?:datos|cuenta|contraseña|identidad|información)/,
  ),
  gated(
    'vérifiez vérifier confirmez confirmer mettez mettre',
    /\b(?:vérifi(?:ez|er)|confirm(?:ez|er)|mett(?:ez|re) à jour)\s+(?:vos\s+|votre\s+)?(?:compte|identité|mot de passe|informations|coordonnées)/,
  ),
  gated(
    'bestätigen verifizieren aktualisieren',
    /\b(?:konto|daten|identität|passwort|zugangsdaten)\s+(?:zu\s+)?(?:bestätigen|verifizieren|aktualisieren)\b|\b(?:bestätigen|verifizieren|aktualisieren) sie (?:ihr(?:e|en)? )?(?:konto|daten|identität|passwort|angaben|adresse)/,
  ),
];

export const accountThreat = [
  gated(
    'suspended locked disabled limited restricted deactivated closed terminated blocked deleted frozen hold compromised canceled cancelled flagged',
    /\b(?:account|mailbox|e-?mail|profile|card|wallet|access|subscription|membership|apple id|id)\s+(?:has been|have been|was|will be|is|is being|may be|could be|might be)\s+(?:temporarily\s+|permanently\s+|now\s+)?(?:suspended|locked|disabled|limited|restricted|deactivated|closed|terminated|blocked|deleted|frozen|on hold|compromised|cancel(?:l)?ed|flagged)\b/,
  ),
  gated(
    'unusual suspicious unauthorized unauthorised unrecognized unrecognised irregular strange',
    /\b(?:unusual|suspicious|unauthori[sz]ed|unrecogni[sz]ed|irregular|strange)\s+(?:sign-?in|log-?in|activity|access|attempts?|transactions?|payments?|charges?)\b/,
  ),
  gated(
    'password mailbox storage pending undelivered held blocked incoming quarantined',
    /\bpassword (?:will |is about to |has )?(?:expire|expires|expired|expiring)\b|\bmailbox (?:is )?(?:full|almost full|over (?:its )?quota)|\bstorage (?:is |space is )?(?:full|almost full|exceeded)|\b(?:pending|undelivered|held|blocked|incoming|quarantined) (?:messages|emails|e-mails)\b/,
  ),
  gated(
    'avoid prevent',
    /\b(?:avoid|prevent) (?:the |any )?(?:suspension|termination|closure|deactivation|deletion|interruption|permanent loss|being locked)\b/,
  ),
  gated(
    'bloqueado bloqueada suspenso suspensa desativado desativada cancelado cancelada restrito restrita expirado expirada',
    /\b(?:conta|cart[aã]o|acesso|cadastro|cpf|pix|chave)\s+(?:foi|ser[aá]|est[aá]|poder[aá] ser)\s+(?:bloquead[oa]|suspens[oa]|desativad[oa]|cancelad[oa]|restrit[oa]|expirad[oa])/,
  ),
  gated(
    'bloqueado bloqueada suspendido suspendida desactivado desactivada cancelado cancelada restringido restringida',
    /\b(?:cuenta|tarjeta|acceso)\s+(?:ha sido|será|está|fue)\s+(?:bloquead[oa]|suspendid[oa]|desactivad[oa]|cancelad[oa]|restringid[oa])/,
  ),
  gated(
    'compte konto',
    /\bcompte\s+(?:a été|sera|est)\s+(?:suspendu|bloqué|désactivé|restreint|limité)|\bkonto\s+(?:wurde|wird|ist)\s+(?:vorübergehend\s+)?(?:gesperrt|eingeschränkt|deaktiviert|blockiert)/,
  ),
  gated(
    'detectamos identificamos acesso suspeito suspeita bloqueamos',
    /\b(?:detectamos|identificamos) (?:um |uma )?(?:novo |nova )?(?:acesso|login|atividade|tentativa)|\bacesso suspeito\b|\batividade suspeita\b|\bbloqueamos (?:um |o |seu |sua )?(?:acesso|cart[aã]o|conta)/,
  ),
];

accountThreat.push(
  gated(
    'bloqueado bloqueada bloqueio liberar desbloquear',
    /\b(?:saldo|conta|cart[aã]o|acesso|pix|cadastro)\s+(?:bloquead[oa]|suspens[oa]|restrit[oa])\b|\b(?:liberar|desbloquear|regularizar) (?:a |o )?(?:sua |seu )?(?:conta|saldo|acesso|cart[aã]o)\b/,
  ),
);

// Fake antivirus and expired-subscription scares.
accountThreat.push(
  gated(
    'infected infiziert virus viruses subscription abonnement expired abgelaufen protection',
    /\b(?:your |ihr )?(?:device|computer|pc|phone|gerät)\s+(?:is|has been|ist|wurde)\s+(?:mit einem virus\s+)?(?:infected|infiziert|compromised)|\bvirus(?:es)? (?:detected|found)\b|\b(?:subscription|protection|license|abonnement|lizenz)\s+(?:has\s+|ist\s+)?(?:expired|abgelaufen)\b/,
  ),
);

accountThreat.push(
  gated(
    'irregularidade irregularidades pendência pendencia pendências restrições restricoes restrição regularize regularizar',
    /\b(?:irregularidades?|pend[eê]ncias?)\b[^\n]{0,60}\b(?:cpf|cnpj|cadastro|receita|fiscal|declara[cç][aã]o)|\b(?:cpf|cnpj)\b[^\n]{0,40}\b(?:restri[cç][oõ]es|restri[cç][aã]o|bloquead[oa]|suspens[oa]|cancelad[oa]|irregular)/,
  ),
);

export const urgency = [
  gated(
    'urgent urgently immediately immediate action required soon right final last within expire expires time do failure will',
    /\b(?:urgent(?:ly)?|immediately|immediate action|action required|required action|as soon as possible|right away|final (?:notice|warning|reminder)|last (?:notice|warning|reminder)|within (?:the next )?\d{1,2} ?(?:hours|hrs|h)\b|expires? (?:today|tonight)|time.sensitive|do not ignore|failure to (?:do so|comply|verify|respond|update|confirm)|will be (?:permanently )?(?:deleted|closed|suspended|lost|terminated))/,
  ),
  gated(
    'urgente imediatamente prazo último última ultimo ultima em inmediatamente immédiatement dernier sofort dringend letzte',
    /\burgente\b|\bimediatamente\b|\bprazo final\b|\bprazo:? \d+ ?(?:horas|h)\b|[uú]ltim[oa] (?:aviso|chance)|em at[eé] \d+ ?(?:horas|h)\b|\binmediatamente\b|[uú]ltimo aviso|\bimmédiatement\b|dernier avis|\bsofort\b|\bdringend\b|letzte mahnung/,
  ),
];

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

export const prizeLure = [
  gated(
    'chosen selected won winner congratulations reward prize gift',
    /\byou(?:'ve| have)? (?:been )?(?:chosen|selected|won)\b|\byou are (?:our|the|a) (?:\w+ )?winner\b|\bcongratulations[!,.]? (?:you|your)\b|\b(?:claim|collect|receive) (?:your )?(?:free )?(?:reward|prize|gift)\b|\byour (?:free )?(?:reward|prize|gift)\b|\b(?:customer|loyalty|survey) (?:gift|reward)\b/,
  ),
  gated(
    'points pontos pontos livelo resgate resgatar redeem miles milhas',
    /\bpontos?\b.{0,60}\b(?:expira|expiram|resgat|vencer)|\bresgat(?:e|ar) (?:seus |os )?pontos\b|\bpoints? (?:will )?(?:expire|expiring)\b|\bredeem (?:your )?(?:points|miles|reward)\b/,
  ),
  gated(
    'gehören belohnung gewinnen',
    /\b(?:könnte|kann|wird) ihnen gehören\b|\bbelohnung (?:zu )?erhalten\b|\b\d[\d.,]*\s?(?:€|euro)\b.{0,40}\bgewinnen\b|\bgewinnen sie\b/,
  ),
  gated(
    'ganhou ganhador premiado sorteado gewinnen verlosen gewinnspiel gutschein ganado gagné',
    /\b(?:voc[eê] ganhou|foi (?:premiad|sortead)[oa]|gewinnen sie|wir verlosen|gewinnspiel|gutschein (?:im wert|von)|ha ganado|vous avez gagné)/,
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

export const sextortion = [
  gated(
    'hacked infected gained access took',
    /\b(?:hacked|infected|gained access to|have access to|took over) your (?:device|computer|phone|account|system|email|operating system)\b/,
  ),
  gated('recorded webcam camera', /\brecorded (?:you|a video|your)\b|\bwebcam\b|\bcamera\b/),
  gated(
    'adult porn pornographic xxx intimate',
    /\b(?:adult|porn(?:ographic)?|xxx|intimate) (?:sites?|websites?|videos?|content|material)\b/,
  ),
  gated('bitcoin btc crypto', /\b(?:bitcoin|btc|crypto) (?:wallet|address)\b/),
  gated('48 72 i', /\b(?:48|72) hours\b|\bi will (?:delete|destroy|send|share|release)\b/),
];

export const delivery = [
  gated(
    'parcel package shipment delivery consignment item redeliver redelivery reschedule incomplete incorrect invalid unconfirmed',
    /\b(?:parcel|package|shipment|delivery|consignment|item)\s+(?:is |has been |was |could not be |couldn't be |cannot be |will be )?(?:on hold|held|pending|suspended|returned|undeliverable|delayed|not delivered|could not be delivered|failed)\b|\bredeliver(?:y)?\b|\breschedule (?:the |your )?delivery\b|\b(?:incomplete|incorrect|invalid|unconfirmed) (?:shipping |delivery )?address\b|\bdelivery attempt\b/,
  ),
  gated(
    'encomenda pedido objeto pacote remessa alfândega alfandega entrega tributação tributacao',
    /\b(?:encomenda|pedido|objeto|pacote|remessa)\s+(?:est[aá] |foi |encontra-se )?(?:retid[oa]|pendente|aguardando|taxad[oa]|bloquead[oa])|\balf[aâ]ndega\b|\bentrega (?:pendente|suspensa|n[aã]o realizada)\b|\btributa[cç][aã]o\b/,
  ),
];

delivery.push(
  gated(
    'colis livraison paket sendung zustellung paquete envío envio entrega pacco spedizione',
    /\b(?:colis|livraison|paket|sendung|zustellung|paquete|env[ií]o|entrega|pacco|spedizione)\b[^\n]{0,60}\b(?:suspendu|en attente|bloqu[ée]|retenu|arr[êe]t[ée]|zur[üu]ckgehalten|nicht zugestellt|angehalten|retenid[oa]|pendiente|bloquead[oa]|suspendid[oa]|fallid[oa]|in giacenza|sospes[oa])|\bfrais de (?:douane|livraison|port)\b|\bzollgeb[üu]hr|\bgastos de env[ií]o pendientes/,
  ),
);

export const genericGreeting =
  /\bdear (?:customer|user|client|member|account (?:holder|owner)|valued (?:customer|member|client)|sir\/madam|sir or madam|e-?mail user|webmail user)\b|\bprezad[oa] cliente\b|\bestimado cliente\b|\bcher client\b/;
