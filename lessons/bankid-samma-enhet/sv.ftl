title = BankID i samma mobil
summary = När du loggar in på mobilen väljer du BankID i samma mobil. Då öppnas appen BankID av sig själv, utan QR-kod. Läs vad appen säger innan du går vidare. Öppnas BankID fast du inte har startat något, så trycker du på Avbryt.

intro = Ibland loggar du in med själva mobilen. Till exempel i bankens app eller på en sida i mobilen. Då används BankID i samma mobil. Det kallas BankID på den här enheten. En enhet är en dator, en mobil eller en surfplatta.

hur = Välj att logga in med BankID i samma mobil. Knappen heter ofta BankID på den här enheten. Då öppnas appen BankID av sig själv. Du behöver ingen QR-kod. Allt sker i samma mobil.
hur-alt = Två mobiler med en pil mellan. Den första visar en knapp för att logga in. Den andra visar appen BankID.

las = Läs vad appen visar. Står det rätt namn på den du loggar in hos? Skriv då in din säkerhetskod, eller använd fingret. Sedan kommer du tillbaka till sidan du var på.

q1 = Du loggar in i en app i mobilen. Du väljer BankID i samma mobil. Vad händer då?
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
q2-a1-fb = Då loggar du in åt någon annan. Det kan vara en tjuv som vill komma åt dina pengar. Tryck på Avbryt i stället.
q2-a2 = Jag trycker på Avbryt.
q2-a2-fb = Ja, precis! Tryck helst inte på sådana länkar alls. Du kan skicka sms:et vidare till 7726.
q2-a3 = Jag ringer numret som står i sms:et.
q2-a3-fb = Numret kan gå direkt till tjuven. Ring hellre din bank, på numret på ditt kort.

regler = Kom ihåg: Använd aldrig BankID för att någon ber dig i telefon, sms eller e-post. Banken, polisen och Skatteverket ringer aldrig och ber dig logga in. Säg aldrig din kod till någon.

undantag = Det finns ett undantag. Har du själv ringt din bank, på numret på ditt kort? Då kan banken be dig visa vem du är med BankID. Titta då att appen visar namnet på din bank. Men ringer någon dig och ber dig logga in? Lägg på.

slut = Bra jobbat! Nu kan du använda BankID i samma mobil. Har du blivit lurad? Ring din bank med en gång, på numret på ditt kort. Anmäl sedan till polisen på 114 14. Numret finns alltid på polisen.se.

keywords =
    Enhet: en dator, en mobil eller en surfplatta.
    BankID på den här enheten: du loggar in i samma mobil som du använder.
    Länk: en text du trycker på. Logga aldrig in via en länk som någon har skickat.

# Övningen samma-enhet (scenarios/samma-enhet.toml)
samma-enhet-titel = Logga in i samma mobil
samma-enhet-uppgift = Logga in i appen Mina recept. Använd BankID i samma mobil. Övningskoden står på lappen. Den är inte en riktig kod. Din riktiga kod skriver du aldrig ner. Inget händer på riktigt.
samma-enhet-tips = Läs vad som står på mobilen. Vad ska du göra nu?
samma-enhet-slut = Du valde BankID i samma mobil. Då öppnades BankID av sig själv. Du läste vem som frågade. Sedan skrev du din kod. Gör så varje gång.
samma-enhet-lapp = Övningskod: 385126
samma-enhet-tjanst-rad = Mina recept
samma-enhet-tjanst-rubrik = Mina recept
samma-enhet-tjanst-text = Här ser du dina recept. Logga in först.
samma-enhet-logga-in = Logga in med BankID
samma-enhet-val-rubrik = Hur vill du logga in?
samma-enhet-val-samma = Öppna BankID på den här enheten
samma-enhet-val-annan = BankID på annan enhet
samma-enhet-annan-tips = Du har bara mobilen. BankID finns i samma mobil. Tryck på Öppna BankID på den här enheten.
samma-enhet-till-recepten = Till Mina recept
samma-enhet-app-rad = BankID
samma-enhet-app-oppnad = Appen BankID öppnades av sig själv.
samma-enhet-vem-rubrik = Mina recept vill att du loggar in
samma-enhet-vem-text = Är det du som vill logga in hos Mina recept? Skriv då din kod och tryck på Identifiera.
samma-enhet-identifiera = Identifiera
samma-enhet-avbryt = Avbryt
samma-enhet-kod-tips = Koden var inte rätt. Titta på lappen på bordet. Skriv alla sex siffror, en i taget. Tryck sedan på Identifiera.
samma-enhet-avbryt-tips = Det är du som vill logga in. Då ska du inte avbryta. Skriv din kod.
samma-enhet-inloggad-rubrik = Du är inloggad
samma-enhet-inloggad-text = Hej! Här ser du dina recept.
