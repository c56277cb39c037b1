title = Logga in med datorn
summary = Du väljer Mobilt BankID på datorn, och en QR-kod visas. Du öppnar appen, trycker på Skanna QR-kod och håller mobilen mot koden. Sedan läser du vad appen säger och skriver in din kod. Loggar du inte in själv, så trycker du på Avbryt.

intro = Nu ska du logga in på en sida på nätet med datorn. Du visar vem du är med BankID i mobilen. Datorn och mobilen hjälps alltså åt. Ta fram båda innan du börjar.

steg1 = Gå till sidan och välj att logga in med Mobilt BankID. Då visas en QR-kod på datorns skärm. En QR-kod är en ruta full av små svarta fläckar.
steg1-alt = En dator som visar en QR-kod och texten: Logga in med Mobilt BankID.

steg2 = Öppna appen BankID i mobilen. Tryck på Skanna QR-kod. Nu startar mobilens kamera. Håll mobilen så att QR-koden syns i kameran. Appen läser koden av sig själv.
steg2-alt = En mobil hålls framför datorns skärm. Mobilen visar QR-koden.

q1 = En QR-kod visas på datorns skärm. Vad gör du nu?
q1-hint = Det är mobilen som ska läsa koden. Vad heter knappen i appen?
q1-a1 = Jag tar ett foto av koden och skickar det till banken.
q1-a1-fb = Det fungerar inte. Koden byts hela tiden. Och du ska aldrig skicka den till någon.
q1-a2 = Jag öppnar BankID i mobilen och trycker på Skanna QR-kod.
q1-a2-fb = Ja, precis! Sedan håller du mobilen så att koden syns i kameran.
q1-a3 = Jag skriver av koden med tangentbordet.
q1-a3-fb = Det går inte. Koden är en bild som bara mobilen kan läsa.

steg3 = Nu visar appen vem du loggar in hos. Läs noga. Stämmer det med det du själv gör? Skriv då in din säkerhetskod, eller använd fingret. Tryck sist på Identifiera.
steg3-alt = En mobil som visar: Du loggar in hos Exempelbanken. Under finns knapparna Identifiera och Avbryt.

andras = QR-koden byts ut hela tiden, varje sekund. Därför fungerar den bara för dig, just nu. Skanna aldrig en kod som någon annan har skickat till dig. Den som ber dig göra det vill lura dig.

aldrig = Använd aldrig BankID för att någon ber dig i telefon, sms eller e-post. Banken, polisen och Skatteverket ringer aldrig och ber dig logga in. Säg aldrig din kod till någon.

polis = Ringer någon och ber dig logga in? Följ då polisens tre steg. Lägg på. Logga inte in. Lita inte på den som ringer.

undantag = Det finns ett undantag. Har du själv ringt din bank, på numret på ditt kort? Då kan banken be dig visa vem du är med BankID. Titta då att appen visar namnet på din bank. Men ringer någon dig och ber dig logga in? Lägg på.

q2 = Någon ringer och säger att han är från polisen. Han ber dig logga in med BankID på en sida. Vad gör du?
q2-hint = Tänk på polisens tre steg. Vad är det första steget?
q2-a1 = Jag lägger på och loggar inte in.
q2-a1-fb = Ja, precis! Polisen ringer aldrig och ber dig logga in. Lägg på, logga inte in, och lita inte på den som ringer.
q2-a2 = Jag loggar in, för det är ju polisen.
q2-a2-fb = Den riktiga polisen ber dig aldrig logga in. Den som ringer är en tjuv.
q2-a3 = Jag ger honom min säkerhetskod i stället.
q2-a3-fb = Din kod är hemlig. Säg den aldrig till någon, inte ens till polisen.

slut = Bra jobbat! Nu kan du logga in med datorn och mobilen. Har du blivit lurad? Ring din bank med en gång, på numret på ditt kort. Anmäl sedan till polisen på 114 14. Numret finns alltid på polisen.se.

keywords =
    QR-kod: en ruta full av små svarta fläckar som mobilen kan läsa.
    Skanna QR-kod: knappen i appen som startar kameran.
    Identifiera: knappen du trycker på sist när du loggar in.
    Polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer.
# Övningen logga-in-qr (scenarios/logga-in-qr.toml)
logga-in-qr-titel = Logga in med mobilen
logga-in-qr-uppgift = Logga in på Vårdportalen på datorn. Använd BankID i mobilen. Övningskoden står på lappen. Den är inte en riktig kod. Din riktiga kod skriver du aldrig ner. Tryck på knapparna på skärmen. Inget händer på riktigt.
logga-in-qr-tips = Titta på datorn och på mobilen. Vad ska du göra nu?
logga-in-qr-slut = Du loggade in på datorn med BankID i mobilen. Du läste vem som ville att du skulle logga in. Sedan skrev du din kod. Gör så varje gång.
logga-in-qr-lapp = Övningskod: 472915
logga-in-qr-adress = vardportalen.example
logga-in-qr-portal-rubrik = Vårdportalen
logga-in-qr-portal-text = Välkommen! Logga in för att se dina tider och läsa brev från vården.
logga-in-qr-portal-bankid = Logga in med Mobilt BankID
logga-in-qr-portal-kort = Logga in med kort och läsare
logga-in-qr-portal-kort-tips = Du har BankID i mobilen. Välj Mobilt BankID.
logga-in-qr-qr-rubrik = Logga in med Mobilt BankID
logga-in-qr-qr-text = Öppna BankID i mobilen och skanna QR-koden.
logga-in-qr-inloggad-rubrik = Du är inloggad
logga-in-qr-inloggad-text = Hej! Här ser du dina tider och dina brev.
logga-in-qr-hem-rad = Mobilen
logga-in-qr-hem-text = Vilken app vill du öppna?
logga-in-qr-hem-bankid = BankID
logga-in-qr-hem-sms = Meddelanden
logga-in-qr-hem-tips = Det är appen BankID du ska öppna.
logga-in-qr-app-rad = BankID
logga-in-qr-app-text = Vad vill du göra?
logga-in-qr-app-skanna = Skanna QR-kod
logga-in-qr-kamera-text = Nu är kameran på. Håll mobilen så att QR-koden på datorn syns.
logga-in-qr-kamera-rikta = Håll mobilen mot datorn
logga-in-qr-kamera-tips = Det finns ingen QR-kod på datorn än. Välj Mobilt BankID på datorn först.
logga-in-qr-bakat-i-appen = Bakåt i appen
logga-in-qr-vem-rubrik = Vårdportalen vill att du loggar in
logga-in-qr-vem-text = Är det du som vill logga in hos Vårdportalen? Skriv då din kod och tryck på Identifiera.
logga-in-qr-vem-identifiera = Identifiera
logga-in-qr-vem-avbryt = Avbryt
logga-in-qr-kod-tips = Titta på lappen på bordet. Skriv alla sex siffror, en i taget. Tryck sedan på Identifiera.
logga-in-qr-avbryt-tips = Det är du som vill logga in. Då ska du inte avbryta. Skriv din kod.
logga-in-qr-klart-rubrik = Klart
logga-in-qr-klart-text = Du är inloggad. Titta på datorn.
