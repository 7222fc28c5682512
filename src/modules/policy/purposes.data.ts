import type { CategoryId } from './categories.data.ts';
import type { SubjectId } from './subjects.data.ts';
import type { RetentionRuleId } from './retention.rules.ts';
import type { PurposeDef } from './policy.types.ts';

/** §4 a–g and §6: why we process personal data, and on which legal basis for whom. */
export const purposes = [
  {
    id: 'a.orders',
    clause: '§4a',
    title: { sv: 'Hantera beställningar och köp', en: 'Handling orders and purchases' },
    description: {
      sv: 'Vi hanterar beställning och administration av dina köp, till exempel för att kunna leverera dina beställningar och få betalt.',
      en: 'We handle the ordering and administration of your purchases, for example to deliver your orders and get paid.',
    },
    bases: [
      {
        basis: 'contract',
        appliesTo: ['account_contact', 'guest_customer'],
        explanation: {
          sv: 'Behandlingen är nödvändig för att vi ska kunna fullgöra köpeavtalet med dig.',
          en: 'The processing is necessary for us to perform the purchase agreement with you.',
        },
      },
    ],
    categories: ['full_name', 'address', 'email', 'phone', 'company_data', 'payment_details', 'purchase_history'],
    subjects: ['account_contact', 'guest_customer'],
    retention: ['history_5y', 'legal_claim'],
    stopsOnObjection: false,
  },
  {
    id: 'a.account',
    clause: '§4a',
    title: { sv: 'Hantera ditt kundkonto', en: 'Managing your customer account' },
    description: {
      sv: 'Vi skapar och administrerar ditt kundkonto och hanterar de personuppgifter som hör till kontot säkert och korrekt.',
      en: 'We create and administer your customer account and handle the personal data linked to it securely and correctly.',
    },
    bases: [
      {
        basis: 'contract',
        appliesTo: ['account_contact'],
        explanation: {
          sv: 'Behandlingen är nödvändig för att vi ska kunna fullgöra avtalet om ditt kundkonto.',
          en: 'The processing is necessary for us to perform the agreement on your customer account.',
        },
      },
    ],
    categories: ['full_name', 'address', 'email', 'phone', 'company_data'],
    subjects: ['account_contact'],
    retention: ['account_lifetime'],
    stopsOnObjection: false,
  },
  {
    id: 'b.customer_service',
    clause: '§4b',
    title: { sv: 'Kundtjänst, reklamationer och uppföljning', en: 'Customer service, claims and follow-up' },
    description: {
      sv: 'Vi hjälper dig med frågor om våra produkter och med klagomål och reklamationer, och kan ställa uppföljande frågor och skicka enkäter om hur produkterna och tjänsterna har fungerat för dig.',
      en: 'We help you with questions about our products and with complaints and claims about faulty goods, and may ask follow-up questions and send surveys about how our products and services have worked for you.',
    },
    bases: [
      {
        basis: 'legitimate_interest',
        appliesTo: ['account_contact', 'guest_customer'],
        scope: { sv: 'Frågor, klagomål, uppföljning och enkäter', en: 'Questions, complaints, follow-up and surveys' },
        explanation: {
          sv: 'Vårt berättigade intresse av att kunna hjälpa dig som kund.',
          en: 'Our legitimate interest in being able to help you as a customer.',
        },
      },
      {
        basis: 'contract',
        appliesTo: ['account_contact', 'guest_customer'],
        scope: { sv: 'Reklamationer', en: 'Claims about faulty goods (reklamation)' },
        explanation: {
          sv: 'Vid en reklamation behandlar vi dina uppgifter med stöd av köpeavtalet, för att fullgöra våra skyldigheter enligt lag.',
          en: 'For a claim about faulty goods we process your data under the purchase agreement, to meet our obligations under the law.',
        },
        law: {
          sv: 'Gällande konsumentlagstiftning och, vid köp mellan företag, köplagen (1990:931).',
          en: 'Applicable consumer law and, for purchases between businesses, the Swedish Sale of Goods Act (köplagen, 1990:931).',
        },
      },
    ],
    categories: [
      'full_name',
      'address',
      'email',
      'phone',
      'company_data',
      'purchase_history',
      'images',
      'case_information',
    ],
    subjects: ['account_contact', 'guest_customer'],
    retention: ['case_until_closed', 'case_linked_to_purchase'],
    stopsOnObjection: false,
  },
  {
    id: 'c.marketing',
    clause: '§4c',
    title: { sv: 'Marknadsföring', en: 'Marketing' },
    description: {
      sv: 'Vi skickar generell marknadsföring, till exempel vår katalog eller broschyr, och personlig direktmarknadsföring via e-post, sms, post eller sociala medier.',
      en: 'We send general marketing, such as our catalogue or brochure, and personal direct marketing by e-mail, text message, post or social media.',
    },
    bases: [
      {
        basis: 'contract',
        appliesTo: ['account_contact'],
        explanation: {
          sv: 'Avtalet om ditt kundkonto: vi ger dig erbjudanden om produkter och tjänster som vi tror att du kan vara intresserad av.',
          en: 'The agreement on your customer account: we give you offers of products and services we think may interest you.',
        },
      },
      {
        basis: 'legitimate_interest',
        appliesTo: ['guest_customer'],
        explanation: {
          sv: 'Är du kund utan kundkonto grundar vi marknadsföringen på vårt intresse av att marknadsföra våra produkter och tjänster.',
          en: 'If you are a customer without an account, we base the marketing on our interest in marketing our products and services.',
        },
      },
      {
        basis: 'consent',
        appliesTo: ['consenting_prospect'],
        explanation: {
          sv: 'Är du inte kund registrerar vi dina företagsuppgifter bara med ditt samtycke, som du när som helst kan återkalla.',
          en: 'If you are not a customer, we register your company details only with your consent, which you can withdraw at any time.',
        },
      },
    ],
    categories: ['full_name', 'address', 'email', 'phone', 'company_data'],
    subjects: ['account_contact', 'guest_customer', 'consenting_prospect'],
    retention: ['account_lifetime', 'history_5y', 'consent_5y', 'consent_withdrawn'],
    stopsOnObjection: true,
  },
  {
    id: 'd.improvement',
    clause: '§4d',
    title: { sv: 'Förbättra tjänster, produkter och teknik', en: 'Improving services, products and technology' },
    description: {
      sv: 'Vi uppdaterar och förbättrar våra tjänster och produkter och den tekniska funktionaliteten i våra datasystem, och försöker förstå hur du som kund upplever våra produkter. Där det går använder vi sammanställd statistik i stället för uppgifter om enskilda personer.',
      en: 'We update and improve our services and products and the technical functionality of our systems, and try to understand how you as a customer experience our products. Where possible we use aggregated statistics instead of data about individuals.',
    },
    bases: [
      {
        basis: 'legitimate_interest',
        appliesTo: ['account_contact', 'guest_customer'],
        explanation: {
          sv: 'Vårt berättigade intresse av att hålla tekniken bakom webbplatsen och webbshoppen uppdaterad och av att förbättra befintliga och utveckla nya produkter och tjänster.',
          en: 'Our legitimate interest in keeping the technology behind our website and webshop up to date, and in improving existing and developing new products and services.',
        },
      },
    ],
    categories: ['usage_history', 'purchase_history'],
    subjects: ['account_contact', 'guest_customer'],
    retention: ['history_5y'],
    stopsOnObjection: false,
  },
  {
    id: 'e.abuse_prevention',
    clause: '§4e',
    title: { sv: 'Förhindra missbruk och obehörig åtkomst', en: 'Preventing abuse and unauthorised access' },
    description: {
      sv: 'Vi tillhandahåller säkra tjänster och förhindrar försök till obehörig åtkomst eller olovlig användning, till exempel genom att begränsa upprepade inloggningsförsök.',
      en: 'We provide secure services and prevent attempts at unauthorised access or unlawful use, for example by limiting repeated sign-in attempts.',
    },
    bases: [
      {
        basis: 'legitimate_interest',
        appliesTo: ['account_contact', 'guest_customer', 'consenting_prospect'],
        explanation: {
          sv: 'Vårt berättigade intresse av att tillhandahålla säkra tjänster.',
          en: 'Our legitimate interest in providing secure services.',
        },
      },
    ],
    categories: ['ip_address', 'email'],
    subjects: ['account_contact', 'guest_customer', 'consenting_prospect'],
    retention: ['security_ip_30d'],
    stopsOnObjection: false,
  },
  {
    id: 'f.do_not_market',
    clause: '§4f',
    title: { sv: 'Spärrlista för marknadsföring', en: 'Do-not-market register' },
    description: {
      sv: 'Vi registrerar företag som inte är våra kunder och som har meddelat att de inte vill ha oadresserad marknadsföring från oss, så att de inte får några utskick. Vi sparar bara det som behövs för att respektera önskemålet.',
      en: 'We register companies that are not our customers and have told us they do not want unaddressed marketing from us, so that they receive no mailings. We keep only what is needed to honour the request.',
    },
    bases: [
      {
        basis: 'legitimate_interest',
        appliesTo: ['do_not_market_company'],
        explanation: {
          sv: 'Vårt berättigade intresse av att, på företagets egen begäran, inte skicka marknadsföring till det.',
          en: 'Our legitimate interest in not sending marketing to a company that has asked us not to.',
        },
      },
    ],
    categories: ['company_data'],
    subjects: ['do_not_market_company'],
    retention: ['do_not_market_while_wanted'],
    stopsOnObjection: false,
  },
  {
    id: 'g.legal_obligations',
    clause: '§4g',
    title: { sv: 'Fullgöra skyldigheter enligt lag', en: 'Complying with legal obligations' },
    description: {
      sv: 'Vi fullgör företagets skyldigheter enligt lag, till exempel om produktsäkerhet, myndighetsbeslut, bokföring och skatt, och hanterar dina begäranden enligt dataskyddsförordningen.',
      en: 'We meet the company’s obligations under the law, for example on product safety, decisions of public authorities, bookkeeping and tax, and handle your requests under the GDPR.',
    },
    bases: [
      {
        basis: 'legal_obligation',
        appliesTo: ['account_contact', 'guest_customer', 'consenting_prospect', 'do_not_market_company'],
        explanation: {
          sv: 'Behandlingen är nödvändig för att vi ska kunna fullgöra våra rättsliga förpliktelser.',
          en: 'The processing is necessary for us to comply with our legal obligations.',
        },
        law: {
          sv: 'Bland annat bokföringslagen (1999:1078), skattelagstiftningen, produktsäkerhetslagstiftningen, EU:s förordning om medicintekniska produkter (EU) 2017/745 och dataskyddsförordningen (EU) 2016/679.',
          en: 'Among others the Swedish Bookkeeping Act (1999:1078), tax law, product safety law, the EU Medical Device Regulation (EU) 2017/745 and the GDPR (EU) 2016/679.',
        },
      },
    ],
    categories: [
      'full_name',
      'address',
      'email',
      'phone',
      'company_data',
      'payment_details',
      'purchase_history',
      'usage_history',
      'ip_address',
      'images',
      'case_information',
    ],
    subjects: ['account_contact', 'guest_customer', 'consenting_prospect', 'do_not_market_company'],
    retention: ['bfl_accounting', 'mdr_device_supply', 'mdr_implantable_supply'],
    stopsOnObjection: false,
  },
  {
    id: '6.personal_offers',
    clause: '§6',
    title: {
      sv: 'Personliga erbjudanden utifrån din kundhistorik',
      en: 'Personal offers based on your customer history',
    },
    description: {
      sv: 'Har du ett kundkonto använder vi din köp- och orderhistorik och din användarhistorik, till exempel hur du klickar och söker på vår webbplats, för att förstå vilka produkter och tjänster du är intresserad av och skicka information och erbjudanden till ditt företag. Du kan alltid avregistrera dig från sådana utskick. Säger du upp ditt kundkonto slutar vi helt att använda din kundhistorik.',
      en: 'If you have a customer account, we use your purchase and order history and your usage history, for example how you click and search on our website, to understand which products and services interest you and to send information and offers to your company. You can always unsubscribe from such mailings. If you terminate your customer account, we stop using your customer history altogether.',
    },
    bases: [
      {
        basis: 'contract',
        appliesTo: ['account_contact'],
        explanation: {
          sv: 'Avtalet om ditt kundkonto, där vi ger dig erbjudanden som vi tror att du kan vara intresserad av (se §4c).',
          en: 'The agreement on your customer account, under which we give you offers we think may interest you (see §4c).',
        },
      },
    ],
    categories: ['full_name', 'email', 'company_data', 'purchase_history', 'usage_history'],
    subjects: ['account_contact'],
    retention: ['history_5y', 'account_lifetime'],
    stopsOnObjection: true,
  },
] as const satisfies readonly PurposeDef<CategoryId, SubjectId, RetentionRuleId>[];

export type PurposeId = (typeof purposes)[number]['id'];
