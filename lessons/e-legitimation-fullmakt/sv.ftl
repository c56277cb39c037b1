title = Annan e-legitimation och fullmakt
summary = BankID är en sorts e-legitimation. Det finns fler, till exempel Freja och statens e-legitimation. Samma regler gäller för alla: din kod är bara din. Vill någon hjälpa dig med banken eller apoteket? Ge då en fullmakt. Låna aldrig ut ditt BankID eller din kod.

intro = BankID är inte det enda sättet att visa vem du är på nätet. Ett sådant sätt kallas e-legitimation. E betyder elektronisk, alltså att det sker på nätet. En e-legitimation är som ett id-kort, fast i mobilen eller datorn.

freja = Freja är en app för e-legitimation. Den kommer inte från en bank. Du skaffar den själv i appen. Då behöver du en giltig legitimation, till exempel pass eller id-kort. Vad som gäller i dag står i appen. Med Freja kan du logga in hos många myndigheter, och hos 1177. Den passar bra om du inte kan få BankID.

state = Staten börjar också ge ut en egen e-legitimation. Polisen ska ge ut den, till exempel på ett id-kort. Tanken är att alla ska kunna få en, även den som inte har en bank. Myndigheter ska ta emot fler sorters e-legitimation än BankID. Vad som gäller i dag kan du läsa på polisen.se.

q1 = Vad är Freja?
q1-hint = Den visar vem du är på nätet, precis som BankID.
q1-a1 = En app för e-legitimation, som BankID
q1-a1-fb = Ja, precis! Du kan logga in med den hos många myndigheter.
q1-a2 = En bank
q1-a2-fb = Freja är ingen bank. Det är en app som visar vem du är på nätet.
q1-a3 = Ett sätt att swisha
q1-a3-fb = Med Freja betalar du inget. Det är en app som visar vem du är på nätet.

rules = Samma regler gäller för all e-legitimation. Din kod är bara din. Använd den bara när du själv har börjat något. Läs alltid vad appen säger innan du godkänner. Har du inte själv börjat? Tryck på Avbryt.

phone = Ber någon dig logga in i telefon, i ett sms eller i e-post? Gör det inte. Det finns ett enda undantag. Har du själv ringt din bank, på numret på ditt kort? Då kan banken be dig visa vem du är. Kolla då att appen visar namnet på din bank. Ringde de dig? Lägg på.

help = Behöver du hjälp med banken, deklarationen eller medicinen? Låna aldrig ut ditt BankID eller din kod. Det är inte säkert, och det är mot reglerna. Ge i stället en fullmakt. En fullmakt säger att en person får hjälpa dig med en viss sak. Personen använder då sitt eget BankID.

where = Fullmakt finns på många ställen. Banken kan ge en anhörig rätt att betala dina räkningar. En anhörig är någon i din familj. Skatteverket låter en annan person hjälpa dig med deklarationen. Apoteket låter en annan person hämta din medicin. Fråga din bank, eller läs på myndighetens egen sida. En fullmakt kan du ta tillbaka när du vill.

q2 = Din son vill hjälpa dig med räkningarna. Han ber om din kod till BankID. Vad är bäst?
q2-hint = Vem ska använda ditt BankID?
q2-a1 = Jag ger honom koden, han är ju min son
q2-a1-fb = Han menar säkert väl. Men koden är bara din. Ge honom en fullmakt i banken i stället.
q2-a2 = Vi ordnar en fullmakt hos banken
q2-a2-fb = Ja, precis! Då hjälper han dig med sitt eget BankID.

future = Det finns också något som kallas framtidsfullmakt. Den gäller först om du en dag inte kan sköta dina saker själv. Du skriver den medan du är frisk. Där väljer du vem som ska hjälpa dig. Två personer ska skriva under som vittnen. Läs mer på kommunens webbplats, eller fråga en jurist.

scam = Tjuvar kan ringa och säga att du måste skaffa en ny e-legitimation. Eller att du ska ge din kod. Det är ett bedrägeri. Polisens tre steg gäller alltid: Lägg på. Logga inte in. Lita inte på den som ringer.

q3 = Någon ringer och säger att du måste byta till en ny e-legitimation i dag. Annars förlorar du dina pengar. Vad gör du?
q3-hint = Tänk på polisens tre steg.
q3-a1 = Jag gör som personen säger
q3-a1-fb = Den som skrämmer dig vill lura dig. Lägg på.
q3-a2 = Jag lägger på
q3-a2-fb = Ja, precis! Ingen myndighet eller bank ringer om det.

outro = Bra gjort! Nu vet du att det finns fler sorters e-legitimation. Din kod är alltid bara din. Vill någon hjälpa dig, ge en fullmakt. Kom ihåg: Lägg på. Logga inte in. Lita inte på den som ringer. Vill du ha hjälp? Fråga din bank på numret på kortet, biblioteket eller kommunens digitala guide.

keywords =
    E-legitimation: ett sätt att visa vem du är på nätet, till exempel BankID eller Freja.
    Fullmakt: ett besked att en annan person får hjälpa dig med en viss sak.
    Anhörig: någon i din familj.
    Framtidsfullmakt: en fullmakt som gäller om du en dag inte kan sköta dina saker själv.
