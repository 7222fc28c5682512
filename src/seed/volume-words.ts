/** Word lists the volume generator combines in SQL (passed as JSON parameters). */

// prettier-ignore
export const CLINIC_KINDS: readonly string[] = [
  'Tandläkarmottagningen', 'Vårdcentralen', 'Djurkliniken', 'Fysioterapi', 'Läkarhuset', 'Tandvårdsteamet',
  'Smådjurskliniken', 'Rehabcentrum', 'Hudkliniken', 'Ögonkliniken', 'Barnmorskemottagningen',
  'Kiropraktorkliniken', 'Naprapatkliniken', 'Fotvårdskliniken', 'Hörselkliniken', 'Specialisttandvården',
  'Husläkarmottagningen', 'Hästkliniken',
];

/** What a sole trader's firm is called after the owner's surname ("Lindqvists Fotvård"). */
// prettier-ignore
export const SOLE_TRADER_KINDS: readonly string[] = [
  'Fotvård', 'Fysioterapi', 'Naprapati', 'Kiropraktik', 'Tandvård', 'Massage och Rehab',
];

// prettier-ignore
export const AREAS: readonly string[] = [
  '', 'Centrum', 'City', 'Syd', 'Norra', 'Väster', 'Östra', 'Hälsa', 'Vård',
];

// prettier-ignore
export const CITIES: readonly { city: string; postal: string }[] = [
  { city: 'Stockholm', postal: '113' }, { city: 'Göteborg', postal: '411' }, { city: 'Malmö', postal: '211' },
  { city: 'Uppsala', postal: '753' }, { city: 'Västerås', postal: '722' }, { city: 'Örebro', postal: '702' },
  { city: 'Linköping', postal: '582' }, { city: 'Helsingborg', postal: '252' },
  { city: 'Jönköping', postal: '553' }, { city: 'Norrköping', postal: '602' }, { city: 'Lund', postal: '222' },
  { city: 'Umeå', postal: '903' }, { city: 'Gävle', postal: '803' }, { city: 'Borås', postal: '503' },
  { city: 'Södertälje', postal: '151' }, { city: 'Eskilstuna', postal: '632' },
  { city: 'Halmstad', postal: '302' }, { city: 'Växjö', postal: '352' }, { city: 'Karlstad', postal: '652' },
  { city: 'Sundsvall', postal: '852' }, { city: 'Luleå', postal: '972' },
  { city: 'Trollhättan', postal: '461' }, { city: 'Östersund', postal: '831' },
  { city: 'Borlänge', postal: '784' }, { city: 'Falun', postal: '791' }, { city: 'Kalmar', postal: '392' },
  { city: 'Kristianstad', postal: '291' }, { city: 'Karlskrona', postal: '371' },
  { city: 'Skövde', postal: '541' }, { city: 'Visby', postal: '621' },
];

// prettier-ignore
export const STREETS: readonly string[] = [
  'Storgatan', 'Drottninggatan', 'Kungsgatan', 'Västra Vägen', 'Järnvägsgatan', 'Skolgatan', 'Kyrkogatan',
  'Torggatan', 'Nygatan', 'Stationsgatan', 'Parkvägen', 'Sjögatan', 'Ringvägen', 'Industrigatan',
  'Hantverkargatan', 'Södra Vägen', 'Norra Allén', 'Björkvägen', 'Ekvägen', 'Tallvägen', 'Villagatan',
  'Prästgatan', 'Bangårdsgatan', 'Långgatan',
];

/** A base article; the generator adds a product line and a pack size. */
export type BaseArticle = {
  category: string;
  sv: string;
  en: string;
  dsv: string;
  den: string;
  kr: number;
  device: boolean;
};

// prettier-ignore
export const BASE_ARTICLES: readonly BaseArticle[] = [
  { category: 'handskar', sv: 'Nitrilhandskar puderfria', en: 'Nitrile gloves powder-free', dsv: 'Latexfria undersökningshandskar i nitril.', den: 'Latex-free nitrile examination gloves.', kr: 0.45, device: true },
  { category: 'handskar', sv: 'Latexhandskar', en: 'Latex gloves', dsv: 'Undersökningshandskar i naturlatex.', den: 'Natural latex examination gloves.', kr: 0.4, device: true },
  { category: 'handskar', sv: 'Vinylhandskar', en: 'Vinyl gloves', dsv: 'Engångshandskar i vinyl.', den: 'Disposable vinyl gloves.', kr: 0.3, device: true },
  { category: 'handskar', sv: 'Sterila operationshandskar', en: 'Sterile surgical gloves', dsv: 'Sterila operationshandskar, parvis förpackade.', den: 'Sterile surgical gloves, packed in pairs.', kr: 12, device: true },
  { category: 'forband', sv: 'Kompresser ovävda', en: 'Non-woven swabs', dsv: 'Osterila kompresser, fyrvikta.', den: 'Non-sterile swabs, four-ply.', kr: 0.35, device: true },
  { category: 'forband', sv: 'Skumförband', en: 'Foam dressing', dsv: 'Absorberande skumförband.', den: 'Absorbent foam dressing.', kr: 28, device: true },
  { category: 'forband', sv: 'Fixeringstejp', en: 'Fixation tape', dsv: 'Hudvänlig tejp för förband.', den: 'Skin-friendly tape for dressings.', kr: 9, device: true },
  { category: 'forband', sv: 'Elastisk linda', en: 'Elastic bandage', dsv: 'Linda för stöd och kompression.', den: 'Bandage for support and compression.', kr: 11, device: true },
  { category: 'forband', sv: 'Plåster', en: 'Plasters', dsv: 'Latexfria plåster.', den: 'Latex-free plasters.', kr: 0.5, device: true },
  { category: 'sprutor-kanyler', sv: 'Engångsspruta Luer-Lock', en: 'Disposable syringe Luer lock', dsv: 'Steril spruta med Luer-Lock.', den: 'Sterile syringe with Luer lock.', kr: 1.2, device: true },
  { category: 'sprutor-kanyler', sv: 'Injektionskanyl', en: 'Hypodermic needle', dsv: 'Steril engångskanyl.', den: 'Sterile disposable needle.', kr: 0.45, device: true },
  { category: 'sprutor-kanyler', sv: 'Säkerhetskanyl', en: 'Safety needle', dsv: 'Kanyl med stickskydd.', den: 'Needle with needlestick protection.', kr: 2.9, device: true },
  { category: 'sprutor-kanyler', sv: 'Kanylburk', en: 'Sharps container', dsv: 'Behållare för stickande avfall.', den: 'Container for sharp waste.', kr: 36, device: false },
  { category: 'desinfektion', sv: 'Handdesinfektion gel', en: 'Hand sanitiser gel', dsv: 'Alkoholbaserad handdesinfektion.', den: 'Alcohol-based hand sanitiser.', kr: 59, device: false },
  { category: 'desinfektion', sv: 'Ytdesinfektion', en: 'Surface disinfectant', dsv: 'Alkoholbaserad ytdesinfektion med tensid.', den: 'Alcohol-based surface disinfectant with surfactant.', kr: 74, device: false },
  { category: 'desinfektion', sv: 'Desinfektionsservetter', en: 'Disinfection wipes', dsv: 'Färdigfuktade servetter för ytor.', den: 'Pre-moistened wipes for surfaces.', kr: 0.9, device: false },
  { category: 'desinfektion', sv: 'Steriliseringspåsar', en: 'Sterilisation pouches', dsv: 'Självförslutande påsar med indikator.', den: 'Self-sealing pouches with indicator.', kr: 0.8, device: true },
  { category: 'instrument', sv: 'Peang', en: 'Haemostatic forceps', dsv: 'Peang i rostfritt stål.', den: 'Stainless steel haemostatic forceps.', kr: 165, device: true },
  { category: 'instrument', sv: 'Pincett anatomisk', en: 'Dressing forceps', dsv: 'Pincett i rostfritt stål.', den: 'Stainless steel dressing forceps.', kr: 98, device: true },
  { category: 'instrument', sv: 'Skalpellblad sterila', en: 'Sterile scalpel blades', dsv: 'Skalpellblad i kolstål.', den: 'Carbon steel scalpel blades.', kr: 2.5, device: true },
  { category: 'instrument', sv: 'Tandspegel', en: 'Dental mirror', dsv: 'Planspegel med konisk fattning.', den: 'Plane mirror with cone socket.', kr: 16, device: true },
  { category: 'instrument', sv: 'Nålförare', en: 'Needle holder', dsv: 'Nålförare med hårdmetallinlägg.', den: 'Needle holder with tungsten carbide inserts.', kr: 320, device: true },
  { category: 'engangsmaterial', sv: 'Britspapper', en: 'Couch roll', dsv: 'Britspapper i cellulosa.', den: 'Cellulose couch roll.', kr: 36, device: false },
  { category: 'engangsmaterial', sv: 'Munskydd typ IIR', en: 'Surgical mask type IIR', dsv: 'Vätskeavvisande munskydd.', den: 'Fluid-resistant surgical mask.', kr: 1.5, device: true },
  { category: 'engangsmaterial', sv: 'Engångsförkläde', en: 'Disposable apron', dsv: 'Förkläde i polyeten.', den: 'Polyethylene apron.', kr: 0.65, device: false },
  { category: 'engangsmaterial', sv: 'Tungspatlar', en: 'Tongue depressors', dsv: 'Tungspatlar i björk.', den: 'Birch tongue depressors.', kr: 0.3, device: true },
  { category: 'engangsmaterial', sv: 'Salivsugar', en: 'Saliva ejectors', dsv: 'Böjbara salivsugar.', den: 'Bendable saliva ejectors.', kr: 0.4, device: true },
  { category: 'implantat', sv: 'Tandimplantat titan', en: 'Titanium dental implant', dsv: 'Skruvimplantat i titan.', den: 'Titanium screw implant.', kr: 1650, device: true },
  { category: 'implantat', sv: 'Läkdistans', en: 'Healing abutment', dsv: 'Läkdistans i titan.', den: 'Titanium healing abutment.', kr: 345, device: true },
  { category: 'implantat', sv: 'Kollagenmembran', en: 'Collagen membrane', dsv: 'Resorberbart membran.', den: 'Resorbable membrane.', kr: 1890, device: true },
];

// prettier-ignore
export const PRODUCT_LINES: readonly { sv: string; en: string; factor: number }[] = [
  { sv: 'Basic', en: 'Basic', factor: 0.85 }, { sv: 'Comfort', en: 'Comfort', factor: 1 },
  { sv: 'Premium', en: 'Premium', factor: 1.3 }, { sv: 'Eko', en: 'Eco', factor: 1.15 },
  { sv: 'Sensitiv', en: 'Sensitive', factor: 1.2 }, { sv: 'Pro', en: 'Pro', factor: 1.1 },
  { sv: 'Klinik', en: 'Clinic', factor: 0.95 }, { sv: 'Plus', en: 'Plus', factor: 1.05 },
];

/** Pack sizes: `units` multiplies a per-unit base price; 1 for articles sold one by one. */
// prettier-ignore
export const PACK_SIZES: readonly { sv: string; en: string; units: number }[] = [
  { sv: '1 st', en: '1 pc', units: 1 }, { sv: '10 st', en: '10 pcs', units: 10 },
  { sv: '25 st', en: '25 pcs', units: 25 }, { sv: '50 st', en: '50 pcs', units: 50 },
  { sv: '100 st', en: '100 pcs', units: 100 }, { sv: '200 st', en: '200 pcs', units: 200 },
  { sv: '5 st', en: '5 pcs', units: 5 }, { sv: '2 st', en: '2 pcs', units: 2 },
  { sv: '20 st', en: '20 pcs', units: 20 },
];
