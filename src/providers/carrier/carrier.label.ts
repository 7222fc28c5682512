/** A one-page PDF label (A6) naming the shipment number: the stand-in for nShift's printed documents. */
export function labelPdf(shipmentNo: string, parcelNo: string, city: string): Buffer {
  const ascii = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/[()\\]/g, '');
  const text = [
    'BT /F1 14 Tf 20 260 Td (KLINIKSUPPORT - LOKAL TRANSPORTOR) Tj ET',
    `BT /F1 12 Tf 20 230 Td (Sandning / Shipment ${ascii(shipmentNo)}) Tj ET`,
    `BT /F1 12 Tf 20 210 Td (Kolli / Parcel ${ascii(parcelNo)}) Tj ET`,
    `BT /F1 12 Tf 20 190 Td (Till / To ${ascii(city)}) Tj ET`,
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
