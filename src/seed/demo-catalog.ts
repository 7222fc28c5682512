/**
 * The demo catalogue: clinic supplies as a Swedish supplier sells them. Article numbers are
 * given in order (KS-10001, KS-10002, …). Medical supplies carry 25 % VAT in Sweden.
 */

/** The categories, in navigation order; slugs are ASCII so they read well in a URL. */
export const DEMO_CATEGORIES = [
  { slug: 'handskar', nameSv: 'Handskar', nameEn: 'Gloves' },
  { slug: 'forband', nameSv: 'Förband och sårvård', nameEn: 'Dressings and wound care' },
  { slug: 'sprutor-kanyler', nameSv: 'Sprutor och kanyler', nameEn: 'Syringes and needles' },
  { slug: 'desinfektion', nameSv: 'Desinfektion och sterilisering', nameEn: 'Disinfection and sterilisation' },
  { slug: 'instrument', nameSv: 'Instrument', nameEn: 'Instruments' },
  { slug: 'engangsmaterial', nameSv: 'Engångsmaterial', nameEn: 'Disposables' },
  { slug: 'implantat', nameSv: 'Implantat', nameEn: 'Implants' },
  { slug: 'tandvard', nameSv: 'Tandvård', nameEn: 'Dental care' },
  { slug: 'djursjukvard', nameSv: 'Djursjukvård', nameEn: 'Veterinary care' },
] as const;

/** Cross-cutting categories a product also belongs to, by words in its Swedish name. */
export function extraCategories(nameSv: string): string[] {
  const out: string[] = [];
  if (/tand|dental|saliv|bomullsrullar|distans|benersättning|kollagenmembran/i.test(nameSv)) out.push('tandvard');
  if (/veterinär|djur/i.test(nameSv)) out.push('djursjukvard');
  return out;
}

export type DemoProduct = {
  /** The main category's slug. */
  category: string;
  nameSv: string;
  nameEn: string;
  descriptionSv: string;
  descriptionEn: string;
  /** Price excluding VAT, in öre. */
  priceExVatOre: number;
  /** A medical device under MDR: it gets a UDI-DI. */
  medicalDevice: boolean;
  /** An implantable medical device: its supply records are kept 15 years, not 10 (MDR art. 25). */
  implantable: boolean;
};

type Row = [
  category: string,
  nameSv: string,
  nameEn: string,
  descriptionSv: string,
  descriptionEn: string,
  priceKr: number,
  device: boolean,
  implant?: true,
];

// prettier-ignore
const ROWS: Row[] = [
  // handskar
  ['handskar', 'Nitrilhandskar puderfria, S, 200 st', 'Nitrile gloves powder-free, S, 200 pcs', 'Undersökningshandskar i nitril, latexfria och puderfria.', 'Nitrile examination gloves, latex-free and powder-free.', 89, true],
  ['handskar', 'Nitrilhandskar puderfria, M, 200 st', 'Nitrile gloves powder-free, M, 200 pcs', 'Undersökningshandskar i nitril, latexfria och puderfria.', 'Nitrile examination gloves, latex-free and powder-free.', 89, true],
  ['handskar', 'Nitrilhandskar puderfria, L, 200 st', 'Nitrile gloves powder-free, L, 200 pcs', 'Undersökningshandskar i nitril, latexfria och puderfria.', 'Nitrile examination gloves, latex-free and powder-free.', 89, true],
  ['handskar', 'Vinylhandskar, M, 100 st', 'Vinyl gloves, M, 100 pcs', 'Engångshandskar i vinyl för kortare arbetsmoment.', 'Disposable vinyl gloves for short tasks.', 42, true],
  ['handskar', 'Sterila operationshandskar, storlek 7, 50 par', 'Sterile surgical gloves, size 7, 50 pairs', 'Sterila, puderfria operationshandskar i latex med mikrostruktur.', 'Sterile, powder-free latex surgical gloves with micro texture.', 645, true],
  ['handskar', 'Sterila operationshandskar latexfria, storlek 7,5, 50 par', 'Sterile latex-free surgical gloves, size 7.5, 50 pairs', 'Sterila operationshandskar i syntetiskt polyisopren för latexallergiker.', 'Sterile synthetic polyisoprene surgical gloves for latex-allergic users.', 795, true],
  ['handskar', 'Nitrilhandskar extra långa, L, 100 st', 'Nitrile gloves extra long, L, 100 pcs', 'Långa nitrilhandskar med förstärkt manschett för rengöring och desinfektion.', 'Long nitrile gloves with reinforced cuff for cleaning and disinfection.', 129, true],
  ['handskar', 'Bomullshandskar för handeksem, M, 12 par', 'Cotton gloves for hand eczema, M, 12 pairs', 'Tunna bomullshandskar att bära under skyddshandskar.', 'Thin cotton gloves to wear under protective gloves.', 119, false],
  // förband
  ['forband', 'Kompresser ovävda 10 × 10 cm, 100 st', 'Non-woven swabs 10 × 10 cm, 100 pcs', 'Osterila kompresser i ovävt material, fyrvikta.', 'Non-sterile non-woven swabs, four-ply.', 38, true],
  ['forband', 'Sterila gasvävskompresser 7,5 × 7,5 cm, 25 × 2 st', 'Sterile gauze swabs 7.5 × 7.5 cm, 25 × 2 pcs', 'Sterila kompresser i bomullsgasväv, förpackade två och två.', 'Sterile cotton gauze swabs, packed in twos.', 69, true],
  ['forband', 'Skumförband med silikonhäfta 10 × 10 cm, 10 st', 'Silicone foam dressing 10 × 10 cm, 10 pcs', 'Absorberande skumförband som skonar huden vid byte.', 'Absorbent foam dressing that is gentle to the skin when changed.', 289, true],
  ['forband', 'Fixeringstejp ovävd 5 cm × 10 m', 'Non-woven fixation tape 5 cm × 10 m', 'Hudvänlig fixeringstejp för förband och slangar.', 'Skin-friendly fixation tape for dressings and tubes.', 54, true],
  ['forband', 'Elastisk linda 8 cm × 4 m, 10 st', 'Elastic bandage 8 cm × 4 m, 10 pcs', 'Elastisk linda för stödförband och kompression.', 'Elastic bandage for support and compression.', 112, true],
  ['forband', 'Plåster sortiment, 100 st', 'Plaster assortment, 100 pcs', 'Plåster i blandade storlekar, latexfria.', 'Assorted plasters, latex-free.', 49, true],
  ['forband', 'Sårsuturstrips 6 × 75 mm, 50 × 3 st', 'Wound closure strips 6 × 75 mm, 50 × 3 pcs', 'Sterila strips för tillslutning av mindre sår.', 'Sterile strips for closing minor wounds.', 179, true],
  ['forband', 'Transparent filmförband 6 × 7 cm, 100 st', 'Transparent film dressing 6 × 7 cm, 100 pcs', 'Genomskinligt filmförband för kanyler och mindre sår.', 'Transparent film dressing for cannulas and minor wounds.', 239, true],
  ['forband', 'Bandagesax med trubbig spets', 'Bandage scissors, blunt tip', 'Rostfri bandagesax med trubbig spets, 18 cm.', 'Stainless bandage scissors with blunt tip, 18 cm.', 95, false],
  // sprutor-kanyler
  ['sprutor-kanyler', 'Engångsspruta Luer 2 ml, 100 st', 'Disposable syringe Luer 2 ml, 100 pcs', 'Steril tvådelad spruta med Luer-koppling.', 'Sterile two-piece syringe with Luer slip.', 79, true],
  ['sprutor-kanyler', 'Engångsspruta Luer-Lock 5 ml, 100 st', 'Disposable syringe Luer lock 5 ml, 100 pcs', 'Steril trekomponentsspruta med Luer-Lock.', 'Sterile three-piece syringe with Luer lock.', 118, true],
  ['sprutor-kanyler', 'Engångsspruta Luer-Lock 10 ml, 100 st', 'Disposable syringe Luer lock 10 ml, 100 pcs', 'Steril trekomponentsspruta med Luer-Lock.', 'Sterile three-piece syringe with Luer lock.', 149, true],
  ['sprutor-kanyler', 'Insulinspruta 1 ml med kanyl 0,30 × 8 mm, 100 st', 'Insulin syringe 1 ml with needle 0.30 × 8 mm, 100 pcs', 'Insulinspruta med fast kanyl och tydlig gradering.', 'Insulin syringe with fixed needle and clear scale.', 169, true],
  ['sprutor-kanyler', 'Injektionskanyl 0,6 × 25 mm, blå, 100 st', 'Hypodermic needle 0.6 × 25 mm, blue, 100 pcs', 'Steril engångskanyl, 23G.', 'Sterile disposable needle, 23G.', 45, true],
  ['sprutor-kanyler', 'Injektionskanyl 0,8 × 40 mm, grön, 100 st', 'Hypodermic needle 0.8 × 40 mm, green, 100 pcs', 'Steril engångskanyl, 21G.', 'Sterile disposable needle, 21G.', 45, true],
  ['sprutor-kanyler', 'Säkerhetskanyl 0,5 × 16 mm, 100 st', 'Safety needle 0.5 × 16 mm, 100 pcs', 'Kanyl med skyddshylsa som minskar risken för stickskador.', 'Needle with protective shield that reduces needlestick injuries.', 289, true],
  ['sprutor-kanyler', 'Kanylburk 1,5 l', 'Sharps container 1.5 l', 'UN-godkänd riskavfallsbehållare för stickande och skärande avfall.', 'UN-approved sharps container for sharp waste.', 36, false],
  ['sprutor-kanyler', 'Dentalkanyl 0,3 × 21 mm, 100 st', 'Dental needle 0.3 × 21 mm, 100 pcs', 'Steril kanyl för dentala cylinderampullsprutor.', 'Sterile needle for dental cartridge syringes.', 139, true],
  // desinfektion
  ['desinfektion', 'Handdesinfektion 85 % gel, 600 ml', 'Hand sanitiser 85 % gel, 600 ml', 'Alkoholbaserad handdesinfektion med återfettande tillsats.', 'Alcohol-based hand sanitiser with emollient.', 59, false],
  ['desinfektion', 'Handdesinfektion 85 % gel, 5 l', 'Hand sanitiser 85 % gel, 5 l', 'Alkoholbaserad handdesinfektion för påfyllning.', 'Alcohol-based hand sanitiser for refilling.', 329, false],
  ['desinfektion', 'Ytdesinfektion med tensid, sprayflaska 750 ml', 'Surface disinfectant with surfactant, spray 750 ml', 'Alkoholbaserad ytdesinfektion för rengöring och desinfektion i ett steg.', 'Alcohol-based surface disinfectant that cleans and disinfects in one step.', 74, false],
  ['desinfektion', 'Desinfektionsservetter för ytor, 100 st', 'Surface disinfection wipes, 100 pcs', 'Färdigfuktade servetter för snabb ytdesinfektion.', 'Pre-moistened wipes for quick surface disinfection.', 89, false],
  ['desinfektion', 'Instrumentdesinfektion koncentrat, 2 l', 'Instrument disinfectant concentrate, 2 l', 'Koncentrat för manuell desinfektion av instrument före sterilisering.', 'Concentrate for manual disinfection of instruments before sterilisation.', 465, true],
  ['desinfektion', 'Huddesinfektion klorhexidinsprit 5 mg/ml, 500 ml', 'Skin disinfectant chlorhexidine in alcohol 5 mg/ml, 500 ml', 'Huddesinfektion före injektion och mindre ingrepp.', 'Skin disinfection before injection and minor procedures.', 68, false],
  ['desinfektion', 'Steriliseringspåsar 90 × 250 mm, 200 st', 'Sterilisation pouches 90 × 250 mm, 200 pcs', 'Självförslutande påsar med indikator för ångsterilisering.', 'Self-sealing pouches with indicator for steam sterilisation.', 159, true],
  ['desinfektion', 'Sporprov för autoklav, 25 st', 'Biological indicators for autoclave, 25 pcs', 'Biologiska indikatorer för kontroll av ångsterilisering.', 'Biological indicators for checking steam sterilisation.', 895, true],
  // instrument
  ['instrument', 'Peang rak 14 cm', 'Haemostatic forceps straight 14 cm', 'Återanvändbar peang i rostfritt stål.', 'Reusable haemostatic forceps in stainless steel.', 165, true],
  ['instrument', 'Anatomisk pincett 14 cm', 'Dressing forceps 14 cm', 'Återanvändbar pincett i rostfritt stål.', 'Reusable dressing forceps in stainless steel.', 98, true],
  ['instrument', 'Suturset sterilt engångs', 'Sterile single-use suture set', 'Nålförare, pincett och sax, sterilt förpackade för engångsbruk.', 'Needle holder, forceps and scissors, sterile-packed for single use.', 119, true],
  ['instrument', 'Skalpellblad nr 15, sterila, 100 st', 'Scalpel blades no. 15, sterile, 100 pcs', 'Sterila skalpellblad i kolstål.', 'Sterile carbon steel scalpel blades.', 245, true],
  ['instrument', 'Tandspegel nr 4, 12 st', 'Dental mirror no. 4, 12 pcs', 'Planspeglar med konisk fattning.', 'Plane mirrors with cone socket.', 189, true],
  ['instrument', 'Sond och spegelskaft dubbelsidigt', 'Double-ended probe and mirror handle', 'Dentalsond i rostfritt stål.', 'Stainless steel dental explorer.', 149, true],
  ['instrument', 'Öronlampa otoskop LED', 'LED otoscope', 'Otoskop med LED-ljus och engångstrattar.', 'Otoscope with LED light and disposable specula.', 1490, true],
  ['instrument', 'Stetoskop dubbelklocka', 'Dual-head stethoscope', 'Stetoskop med membran och klocka.', 'Stethoscope with diaphragm and bell.', 695, true],
  ['instrument', 'Blodtrycksmätare manuell med manschett', 'Manual blood pressure monitor with cuff', 'Aneroid blodtrycksmätare för vuxna.', 'Aneroid sphygmomanometer for adults.', 545, true],
  // engångsmaterial
  ['engangsmaterial', 'Britspapper 50 cm × 50 m, 6 rullar', 'Couch roll 50 cm × 50 m, 6 rolls', 'Tvålagers britspapper i cellulosa.', 'Two-ply cellulose couch roll.', 219, false],
  ['engangsmaterial', 'Munskydd typ IIR, 50 st', 'Surgical mask type IIR, 50 pcs', 'Vätskeavvisande munskydd enligt EN 14683.', 'Fluid-resistant surgical mask to EN 14683.', 75, true],
  ['engangsmaterial', 'Andningsskydd FFP2 utan ventil, 20 st', 'FFP2 respirator without valve, 20 pcs', 'Andningsskydd enligt EN 149.', 'Respirator to EN 149.', 129, false],
  ['engangsmaterial', 'Engångsförkläde plast, 100 st', 'Disposable plastic apron, 100 pcs', 'Förkläden i polyeten på rulle.', 'Polyethylene aprons on a roll.', 65, false],
  ['engangsmaterial', 'Tungspatlar trä, 100 st', 'Wooden tongue depressors, 100 pcs', 'Osterila tungspatlar i björk.', 'Non-sterile birch tongue depressors.', 29, true],
  ['engangsmaterial', 'Salivsugar, 100 st', 'Saliva ejectors, 100 pcs', 'Böjbara salivsugar för tandvård.', 'Bendable saliva ejectors for dentistry.', 39, true],
  ['engangsmaterial', 'Bomullsrullar nr 2, 300 g', 'Cotton rolls no. 2, 300 g', 'Absorberande bomullsrullar för tandvård.', 'Absorbent cotton rolls for dentistry.', 58, true],
  ['engangsmaterial', 'Otoskoptrattar 4 mm, 250 st', 'Otoscope specula 4 mm, 250 pcs', 'Engångstrattar till otoskop.', 'Disposable specula for otoscopes.', 155, true],
  ['engangsmaterial', 'Urinprovsburk med lock 100 ml, 100 st', 'Urine sample container with lid 100 ml, 100 pcs', 'Provburk med skruvlock och etikett.', 'Sample container with screw cap and label.', 99, true],
  ['engangsmaterial', 'Veterinär rektalhandske, 100 st', 'Veterinary rectal glove, 100 pcs', 'Armlånga engångshandskar för djursjukvård.', 'Arm-length disposable gloves for veterinary care.', 139, false],
  // implantat: the devices are implants (the last column); a pet's microchip is not a medical device
  ['implantat', 'Tandimplantat titan Ø 4,1 × 10 mm', 'Dental implant titanium Ø 4.1 × 10 mm', 'Skruvimplantat i titan grad 4 med blästrad och etsad yta.', 'Grade 4 titanium screw implant with blasted and etched surface.', 1650, true, true],
  ['implantat', 'Tandimplantat titan Ø 3,5 × 12 mm', 'Dental implant titanium Ø 3.5 × 12 mm', 'Smalt skruvimplantat för trånga luckor.', 'Narrow screw implant for tight gaps.', 1650, true, true],
  ['implantat', 'Distans rak för cementerad krona', 'Straight abutment for cemented crown', 'Distans i titan för implantatburen krona.', 'Titanium abutment for implant-supported crown.', 1195, true, true],
  ['implantat', 'Läkdistans Ø 4,5 × 3 mm', 'Healing abutment Ø 4.5 × 3 mm', 'Läkdistans för formning av mjukvävnad.', 'Healing abutment for shaping soft tissue.', 345, true, true],
  ['implantat', 'Benersättningsmaterial bovint 0,5 g', 'Bovine bone substitute 0.5 g', 'Granulat för benaugmentation.', 'Granules for bone augmentation.', 1290, true, true],
  ['implantat', 'Resorberbart kollagenmembran 25 × 25 mm', 'Resorbable collagen membrane 25 × 25 mm', 'Membran för styrd benregeneration.', 'Membrane for guided bone regeneration.', 1890, true, true],
  ['implantat', 'Mikrochip för djur ISO 11784, 10 st', 'Animal microchip ISO 11784, 10 pcs', 'Förladdade ID-chip för märkning av hund och katt.', 'Preloaded ID chips for marking dogs and cats.', 420, false],
];

export const DEMO_PRODUCTS: readonly DemoProduct[] = ROWS.map(
  ([category, nameSv, nameEn, descriptionSv, descriptionEn, priceKr, device, implant]) => ({
    category,
    nameSv,
    nameEn,
    descriptionSv,
    descriptionEn,
    priceExVatOre: priceKr * 100,
    medicalDevice: device,
    implantable: implant ?? false,
  }),
);

export const demoArticleNumber = (index: number): string => `KS-${10_001 + index}`;

/** What clinic staff type into the catalogue search. */
// prettier-ignore
export const SEARCH_TERMS: readonly string[] = [
  'nitrilhandskar', 'handskar', 'kompress', 'förband', 'spruta', 'kanyl', 'handsprit', 'desinfektion',
  'munskydd', 'implantat', 'skalpell', 'plåster', 'britspapper', 'sterilisering', 'tejp', 'pincett', 'otoskop',
  'gloves', 'syringe',
];
