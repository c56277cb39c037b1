title = BankID i samma mobil
summary = När du loggar in på mobilen väljer du BankID på den här enheten. Då öppnas appen BankID av sig själv, utan QR-kod. Läs vad appen säger innan du går vidare. Öppnas BankID fast du inte har startat något, så trycker du på Avbryt.

intro = Ibland loggar du in med själva mobilen. Till exempel i bankens app eller på en sida i mobilen. Då används BankID i samma mobil. Det kallas BankID på den här enheten. En enhet är en dator, en mobil eller en surfplatta.

hur = Tryck på att logga in med BankID på den här enheten. Då öppnas appen BankID av sig själv. Du behöver ingen QR-kod. Allt sker i samma mobil.
hur-alt = Två mobiler med en pil mellan. Den första visar en knapp för att logga in. Den andra visar appen BankID.

las = Läs vad appen visar. Står det rätt namn på den du loggar in hos? Skriv då in din säkerhetskod, eller använd fingret. Sedan kommer du tillbaka till sidan du var på.

q1 = Du loggar in i en app i mobilen. Du väljer BankID på den här enheten. Vad händer då?
q1-hint = Du har bara en mobil. Behövs det då en QR-kod?
q1-a1 = Appen BankID öppnas av sig själv.
q1-a1-fb = Ja, precis! Läs vad appen säger och skriv sedan in din kod.
q1-a2 = En QR-kod visas som jag ska skriva av.
q1-a2-fb = En QR-kod används när du loggar in med en dator. Här använder du bara mobilen.
q1-a3 = Jag måste ringa banken först.
q1-a3-fb = Det behövs inte. Mobilen sköter det själv.

lank = Logga aldrig in via en länk som någon har skickat till dig. Öppnas BankID fast du inte har startat något? Tryck då på Avbryt. Det gäller även om det ser ut att komma från banken.

q2 = Du får ett sms om ett paket. Du trycker på länken, och BankID öppnas. Vad gör du?
q2-hint = Vem startade det här? Du eller den som skickade sms:et?
q2-a1 = Jag skriver in min kod, så att paketet kommer.
q2-a1-fb = Då loggar du in åt någon annan. Det kan vara en tjuv som vill komma åt dina pengar.
q2-a2 = Jag trycker på Avbryt.
q2-a2-fb = Ja, precis! Tryck helst inte på sådana länkar alls. Du kan skicka sms:et vidare till 7726.
q2-a3 = Jag ringer numret som står i sms:et.
q2-a3-fb = Numret kan gå direkt till tjuven. Ring hellre din bank, på numret på ditt kort.

regler = Kom ihåg: Använd aldrig BankID för att någon ber dig i telefon, sms eller e-post. Banken, polisen och Skatteverket ringer aldrig och ber dig logga in. Säg aldrig din kod till någon.

slut = Bra jobbat! Nu kan du använda BankID i samma mobil. Har du blivit lurad? Ring din bank med en gång, på numret på ditt kort. Anmäl sedan till polisen på 114 14.

keywords =
    Enhet: en dator, en mobil eller en surfplatta.
    BankID på den här enheten: du loggar in i samma mobil som du använder.
    Länk: en text du trycker på. Logga aldrig in via en länk som någon har skickat.
