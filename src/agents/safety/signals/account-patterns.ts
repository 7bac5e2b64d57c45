/**
 * Account-takeover wording: asks to verify or update credentials, threats that
 * an account is locked or will be closed, and the urgency that goes with them.
 * English first, with the common Portuguese, Spanish, French and German phrasings.
 */
import { gated } from './gated.js';

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
    /\bpassword (?:will |is about to |has )?(?:expire|expires|expired|expiring)\b|\bmailbox (?:is )?(?:full|almost full|over (?:its )?quota)|\bstorage (?:is |space is )?(?:full|almost full|exceeded)|\bstorage (?:limit|quota) (?:has been |is )?(?:reached|exceeded)|\b(?:pending|undelivered|held|blocked|incoming|quarantined) (?:messages|emails|e-mails)\b/,
  ),
  gated(
    'avoid prevent',
    /\b(?:avoid|prevent) (?:the |any )?(?:suspension|termination|closure|deactivation|deletion|interruption|permanent loss|being locked)\b|\b(?:avoid|prevent) (?:the |any |your )?(?:[\w&]+ ){1,3}(?:deletion|removal|permanent loss)\b/,
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

// The account-alarm headline: a security or account notice that demands an action
// ("Security Notification – Action Recommended", "Account Review Update Required").
// Real notices say what happened; the alarm alone, with a required step, is the lure.
accountThreat.push(
  gated(
    'required recommended needed',
    /\b(?:security|account|login|sign-?in|wallet)\s+(?:alert|notification|notice|warning|review|check)s?\b[^\n]{0,40}\b(?:action|update|verification|review|confirmation)\s+(?:is\s+)?(?:required|recommended|needed)\b/,
  ),
);
