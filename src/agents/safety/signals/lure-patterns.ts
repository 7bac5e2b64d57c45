/**
 * Phrase patterns for bulk lures that are not about an account: gambling and
 * "you have won" bait, money said to be waiting for you, and the classic spam
 * offers (diet pills, loans, quotes, dating). Gated by key words like the
 * patterns in account-patterns.ts; several languages, since honeypots see
 * German, French, Portuguese and Spanish campaigns as often as English ones.
 */
import { containing, gated } from './gated.js';

export const gamblingPrize = [
  gated(
    'casino jackpot spins freispiele giros tours rodadas slots bonus willkommensbonus willkommenspaket',
    /\b(?:casino|jackpot|free ?spins|freispiele|giros gratis|tours gratuits|rodadas gr[aá]tis|slots?|willkommens(?:bonus|paket)|bonus de bienvenue|welcome bonus|no deposit|keine einzahlung)\b/,
  ),
  gated(
    'gewinne verlosung won win winner gewonnen gewinner gagné gagnant ganhou ganador ganado félicitations glückwunsch gluckwunsch congratulations parabéns felicidades',
    /\b(?:gewinne (?:jetzt|zum|ein|eine)|verlosung|you(?:'ve| have)? (?:just )?won|you are (?:a|the|our) (?:lucky )?winner|sie haben gewonnen|du hast gewonnen|gewinner|vous avez gagn[ée]|(?:voc[eê]|tu) ganhou|has ganado|félicitations|(?:herzlichen )?gl[üu]ckwunsch|parab[ée]ns|felicidades|congratulations)\b/,
  ),
  gated(
    'bonus bono bônus deposit deposits einzahlung dépôt depósito deposito',
    /\b\d{2,3} ?% (?:bonus|bono|b[ôo]nus)\b|\b(?:bonus|bono|b[ôo]nus)\b[^\n]{0,30}\b(?:(?:at|on) (?:every|each|your first|the first) deposit|deposit bonus)|\b(?:first|1st|every) deposit\b[^\n]{0,40}\bbonus\b/,
  ),
  gated(
    'selected chosen survey sondage umfrage pesquisa encuesta loyalty treue fidélité',
    /\b(?:(?:randomly|specially) (?:selected|chosen)|you(?:'ve| have) been (?:selected|chosen)|(?:survey|sondage|umfrage|pesquisa|encuesta)\b.{0,80}\b(?:reward|r[ée]compense|belohnung|pr[eê]mio|premio|eur|€|\$)|(?:loyalty|treue|fid[ée]lit[ée]) ?(?:program|programm|programme|reward|bonus))/,
  ),
];

/**
 * A document, message or payment said to be waiting behind a link: "your tax
 * slips have arrived", "a document has been shared with you", "you have a new
 * voicemail". Honest services say this too, so it only counts as a lure.
 */
export const documentWaiting = [
  gated(
    'slips documents document statement voicemail voice fax signature receipt invoice',
    /\b(?:tax (?:slips?|documents?|forms?|statements?|refund)|invoice|documents?|files?|statement|voice ?mail|fax|secure message|e-?signature|payment (?:confirmation|receipt))\b[^\n.]{0,40}\b(?:(?:is|are|has been|have been) (?:now )?(?:ready|available|shared|sent)|(?:has|have) arrived|awaiting your (?:review|signature)|waiting for you)\b/,
  ),
];

/** A sum of money said to be waiting for you: "€6400,00 steht zur Abholung bereit", "your balance is ready to withdraw". */
export const moneyWaiting = [
  gated(
    'abholung auszahlung withdraw withdrawal retirer retiré réclamer recevoir saque resgate sacar cobrar disponible guthaben solde saldo claim',
    /(?:(?:€|eur|euros?|\$|usd|£|gbp|r\$|brl)\s?[\d*][\d.,*\s]{2,}|[\d*][\d.,*]{2,}\s?(?:€|eur|euros?|\$|usd|£|gbp))[^\n]{0,80}\b(?:abholung|auszahlung|bereit|withdraw(?:al)?|retir(?:er|[ée])|claim|r[ée]clamer|receive|recevoir|saque|resgate|sacar|cobrar|disponible|available|waiting|pending|ready|pr[eê]t)|\b(?:guthaben|solde|balance|saldo)\b[^\n]{0,60}\b(?:abholung|auszahlung|bereit|retir(?:er|[ée])|withdraw|saque|sacar|disponible|dispon[ií]vel|available|ready|pr[eê]t)/,
  ),
];

/**
 * Crypto giveaways: token shares, airdrops and "claim your tokens" bait, the
 * modern form of money waiting for you.
 */
export const cryptoGiveaway = [
  gated(
    'airdrop airdrops token tokens nft nfts crypto giveaway',
    /\bairdrops?\b|\btoken (?:share|allocation|claim|distribution|giveaway|reward)s?\b|\bclaim (?:your |the |free )?(?:tokens|airdrop|crypto|nfts?|coins)\b|\b(?:register|eligible|qualify|qualified) for (?:your |the |an? )?(?:\w+ )?(?:token|airdrop|giveaway)\b|\bcrypto giveaway\b/,
  ),
];

/**
 * Something valuable handed out for nothing: "claim your exclusive gift
 * basket", "free forever", "take the survey and win". Shops say "free
 * shipping" honestly, so only giveaway phrasings count, and only as a lure.
 */
export const freebieLure = [
  gated(
    'claim grab unlock collect redeem',
    /\b(?:claim|grab|unlock|collect|redeem) (?:your |the |an? )?(?:[\w'-]+ ){0,3}(?:gift|gifts|reward|rewards|prize|prizes|bonus|voucher|coupon|basket|hamper|giveaway|package|box)\b/,
  ),
  gated(
    'forever life lifetime premium iphone ipad samsung card giveaway',
    /\bfree (?:forever|for life|lifetime|premium|iphone|ipad|samsung|gift card|giveaway)\b/,
  ),
  gated(
    '100 totally completely',
    /\b(?:100 ?%|totally|completely) (?:free|gratis|kostenlos|gratuit|gr[áa]tis)\b/,
  ),
  gated(
    'survey opinion umfrage sondage pesquisa encuesta',
    /\b(?:take|complete|answer|fill (?:in|out)|join)\b[^\n.]{0,20}\b(?:survey|opinion poll|questionnaire|umfrage|sondage|pesquisa|encuesta)\b[^\n]{0,60}\b(?:win|reward|prize|gift|gewinn|belohnung|r[ée]compense|pr[eê]mio|premio)|\bsurvey\b[^\n]{0,12}\bwin\b/,
  ),
];

export const spamOffer = [
  gated(
    'keto weight gewichtsreduktion abnehmen fett fat diet diät pills gummies viagra cialis pharmacy erectile cbd',
    /\b(?:keto|weight ?loss|lose (?:up to )?\d+ ?(?:lbs|pounds|kg|%)|gewichtsreduktion|abnehmen|fett verbrennt|burns? fat|diet (?:pills?|gummies)|di[äa]t|viagra|cialis|online pharmacy|erectile|cbd (?:oil|gummies))\b/,
  ),
  gated(
    'penis glied erection erektion erektionen potenz libido enlargement enhancement testosterone',
    /\b(?:penis|glied|erections?|erektion(?:en)?|potenz|libido|male enhancement|penis enlargement|testosterone booster)\b/,
  ),
  containing(
    '%',
    /\b(?:sale|rabatt|discount|descuento|desconto|remise|r[ée]duction)\s*[-–:]?\s*\d{2} ?%|\b\d{2} ?% (?:rabatt|discount|off|descuento|desconto|de (?:desconto|descuento|r[ée]duction|economia))\b/,
  ),
  gated(
    'loan loans empréstimo emprestimo préstamo prestamo sofortkredit rapide immédiat quote quotes warranty',
    /\b(?:(?:personal|quick|instant|easy) loans?|loan (?:offer|approved|approval)|empr[eé]stimo|pr[eé]stamo|sofortkredit|cr[ée]dit (?:rapide|imm[ée]diat)|free (?:home |car |auto )?(?:insurance |warranty )?quotes?|home warranty|extended warranty|car insurance quote)\b/,
  ),
  gated(
    'geschickt meet nähe lonely singles bilder area geile nackte heiße heisse einsame naked horny sexy',
    /\b(?:hat dir eine nachricht geschickt|sent you a (?:private )?message|wants to meet you|wohnen in der n[äa]he|in your area|lonely (?:wives|women)|hot singles|meine bilder an)\b|\b(?:geile|nackte|hei[ßs]e|einsame) (?:m[äa]dchen|frauen|girls|hausfrauen|singles)\b|\b(?:naked|horny|sexy) (?:girls|women|wives|singles)\b/,
  ),
];
