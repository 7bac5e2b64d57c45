/**
 * Lure and pressure wording that is neither about an account nor a money
 * request: "you have won" bait, sextortion threats, parcel-fee stories and the
 * generic greetings of mass mail. Account wording is in account-patterns.ts,
 * money requests in money-patterns.ts, bulk-spam lures in lure-patterns.ts.
 */
import { gated } from './gated.js';

export const prizeLure = [
  gated(
    'chosen selected won winner congratulations reward prize gift',
    /\byou(?:'ve| have)? (?:been )?(?:chosen|selected|won)\b|\byou are (?:our|the|a) (?:\w+ )?winner\b|\bcongratulations[!,.]? (?:you|your)\b|\b(?:claim|collect|receive) (?:your )?(?:free )?(?:reward|prize|gift)\b|\byour (?:free )?(?:reward|prize|gift)\b|\b(?:customer|loyalty|survey) (?:gift|reward)\b/,
  ),
  gated(
    'points pontos pontos livelo resgate resgatar redeem miles milhas',
    /\bpontos?\b.{0,60}\b(?:expira|expiram|resgat|vencer|liberad[oa]s? para saque)|\bresgat(?:e|ar) (?:seus |os )?pontos\b|\bpoints? (?:will )?(?:expire|expiring)\b|\bredeem (?:your )?(?:points|miles|reward)\b/,
  ),
  gated(
    'gehören belohnung gewinnen',
    /\b(?:könnte|kann|wird) ihnen gehören\b|\bbelohnung (?:zu )?erhalten\b|\b\d[\d.,]*\s?(?:€|euro)\b.{0,40}\bgewinnen\b|\bgewinnen sie\b/,
  ),
  // Dutch: "je hebt gewonnen", "win vandaag nog een Albert Heijn-cadeaukaart van €250".
  gated(
    'gewonnen cadeaukaart cadeaubon waardebon tegoedbon',
    /\b(?:je|u) (?:hebt|heeft) (?:\w+ )?gewonnen\b|\bwin (?:vandaag |nu |nog |direct )*(?:een|1)\b[^\n]{0,40}(?:cadeaukaart|cadeaubon|waardebon|tegoedbon)/,
  ),
  gated(
    'ganhou ganhador premiado sorteado gewinnen verlosen gewinnspiel gutschein ganado gagné',
    /\b(?:voc[eê] ganhou|foi (?:premiad|sortead)[oa]|gewinnen sie|wir verlosen|gewinnspiel|gutschein (?:im wert|von)|ha ganado|vous avez gagné)/,
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
