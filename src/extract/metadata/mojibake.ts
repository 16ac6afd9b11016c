/**
 * UTF-8 read as Latin-1 on its way into a page's markup: "Investorâ\u0080\u0099s" for
 * "Investor’s". Each run of a lead byte and its continuation bytes that is valid UTF-8 is read
 * again as such; anything else (a real "â" beside other letters) is left as written.
 */
const MISREAD_SEQUENCE = /[\u00c2-\u00f4][\u0080-\u00bf]{1,3}/g;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export function repairMojibake(text: string): string {
  return text.replace(MISREAD_SEQUENCE, (run) => {
    try {
      return strictUtf8.decode(Uint8Array.from(run, (char) => char.charCodeAt(0)));
    } catch {
      return run;
    }
  });
}
