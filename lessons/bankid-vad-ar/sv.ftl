title = Vad är BankID?
summary = BankID är ditt id-kort på nätet, och du får det från din bank. Du använder det för att logga in och för att skriva under. Banken och polisen ringer aldrig och ber dig logga in. Läs alltid vad appen säger, och säg aldrig din kod till någon.

intro = BankID är ett id-kort som finns i din mobil. Du får det från din bank. Med BankID visar du vem du är på nätet. Det kallas också Mobilt BankID.
intro-alt = En mobil som visar ett id-kort.

tva = Du använder BankID till två saker. Du kan logga in, till exempel hos banken eller vården. Du kan också skriva under. Det är som att skriva ditt namn på ett papper.

q1 = Vad kan du göra med BankID?
q1-hint = Tänk på de två saker som du använder BankID till.
q1-a1 = Ringa samtal gratis
q1-a1-fb = Det gör du med mobilen. BankID har ett annat jobb.
q1-a2 = Logga in och skriva under
q1-a2-fb = Ja, precis! Du visar vem du är. Du kan också säga ja till något, som med ditt namn på ett papper.
q1-a3 = Skicka brev med e-post
q1-a3-fb = Det gör du med e-post. BankID har ett annat jobb.

aldrig = Tjuvar vill gärna lura dig att använda ditt BankID. Använd det aldrig för att någon ber dig i telefon, sms eller e-post. Banken, polisen och Skatteverket ringer aldrig och ber dig logga in. Inte heller BankID gör det.
aldrig-alt = En mobil ringer. Någon säger: Hej, det är banken. Logga in nu! Bredvid står polisens tre steg.

polis = Ringer någon om din bank eller ditt BankID? Följ då polisens tre steg. Lägg på. Logga inte in. Lita inte på den som ringer.

undantag = Det finns ett undantag. Har du själv ringt din bank, på numret på ditt kort? Då kan banken be dig visa vem du är med BankID. Titta då att appen visar namnet på din bank. Men ringer någon dig och ber dig logga in? Lägg på.

q2 = Det ringer. En man säger att han är från din bank. Han vill att du loggar in för att skydda dina pengar. Vad gör du?
q2-hint = Tänk på polisens tre steg.
q2-a1 = Jag loggar in, så att pengarna blir skyddade.
q2-a1-fb = Det är just så tjuvar lurar folk. En riktig bank ber dig aldrig logga in när den ringer.
q2-a2 = Jag lägger på och loggar inte in.
q2-a2-fb = Ja, precis! Vill du prata med banken? Ring då själv, på numret som står på ditt kort.
q2-a3 = Jag säger min kod, så att han kan hjälpa mig.
q2-a3-fb = Din kod är hemlig. Ingen som hjälper dig på riktigt frågar efter den.

las = När du använder BankID öppnas appen BankID. En app är ett program i mobilen. Appen visar en text. Där står vem som frågar och varför. Läs texten noga innan du går vidare. Har du inte själv startat det? Tryck då på Avbryt.

kod = När du använder BankID slår du in en hemlig kod. Den kallas säkerhetskod. Säg aldrig koden till någon. Låt aldrig någon annan använda ditt BankID.

q3 = BankID-appen öppnas och vill att du loggar in. Men du har inte själv börjat logga in någonstans. Vad gör du?
q3-hint = Vem har startat det här? Det var inte du.
q3-a1 = Jag slår in min kod för att se vad det är.
q3-a1-fb = Då loggar du in åt någon annan. Det kan vara en tjuv som vill komma åt dina pengar. Tryck på Avbryt i stället.
q3-a2 = Jag trycker på Avbryt.
q3-a2-fb = Ja, precis! Du har inte startat det själv. Då ska du alltid avbryta.

slut = Bra jobbat! Nu vet du vad BankID är och hur du skyddar det. Har du blivit lurad? Ring din bank med en gång, så kan de spärra ditt BankID. Anmäl sedan till polisen på 114 14. Numret finns alltid på polisen.se.

keywords =
    BankID: ditt id-kort på nätet. Du får det från din bank.
    App: ett program i mobilen.
    Logga in: visa vem du är på nätet.
    Skriva under: säga ja till något, som med en namnteckning.
    Säkerhetskod: din hemliga kod till BankID.
    Avbryt: knappen du trycker på om du inte själv har startat något.
