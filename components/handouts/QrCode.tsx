import QRCode from 'qrcode';

/** A QR code drawn at build time as inline SVG: no image request, no script, prints crisply. */
export async function QrCode({ url, label }: { url: string; label: string }) {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  return <div className="qr-code size-28 shrink-0" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
