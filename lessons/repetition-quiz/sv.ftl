title = Repetition
summary = Du har repeterat det viktigaste från kursen. Du känner igen en e-postadress och är försiktig med filer du inte väntade dig. Du använder bara BankID när du själv har börjat något. Du har bra lösenord, och du lägger på när någon försöker lura dig.

intro = Nu har du gått nästan hela kursen. Här kommer några frågor om det du har lärt dig. Det är inget prov. Svarar du fel, får du en ledtråd och kan försöka igen.
intro-alt = En lista med rubriken Det här kan du nu. Fyra gröna bockar: E-post, BankID, Lösenord och Bedrägerier.

q-email = Vilken av de här är en e-postadress?
q-email-hint = Tänk på tecknet som alltid finns i en e-postadress.
q-email-a1 = www.1177.se
q-email-a1-fb = Inte riktigt. Det är adressen till en webbsida. En e-postadress har ett snabel-a, @.
q-email-a2 = karin@post.example
q-email-a2-fb = Ja, precis! Snabel-a visar att det är en e-postadress.
q-email-a3 = 070-174 06 77
q-email-a3-fb = Inte riktigt. Det är ett telefonnummer. En e-postadress har ett snabel-a, @.

q-attach = Du får e-post med en bifogad fil som du inte väntade dig. En bifogad fil är något som skickas med brevet. Vad gör du?
q-attach-hint = Tänk på vad du kan göra om du är osäker.
q-attach-a1 = Jag öppnar filen direkt.
q-attach-a1-fb = Inte riktigt. Filen kan vara farlig. Fråga först den som skickade den, på något annat sätt.
q-attach-a2 = Jag öppnar den inte. Jag frågar först den som skickade den.
q-attach-a2-fb = Ja, precis! Ring eller fråga personen på annat sätt än via e-posten.

q-bankid = När ska du använda ditt BankID?
q-bankid-hint = Tänk på vem som ska ha börjat det du gör.
q-bankid-a1 = Bara när jag själv har börjat något
q-bankid-a1-fb = Ja, precis! Till exempel när du själv loggar in. Eller när du själv har ringt din bank, på numret på ditt kort.
q-bankid-a2 = När någon ringer och ber mig
q-bankid-a2-fb = Inte riktigt. Ringer någon dig och ber dig logga in? Lägg på. Bara om du själv har ringt din bank kan det vara rätt.
q-bankid-a3 = När ett sms ber mig
q-bankid-a3-fb = Inte riktigt. Ett sms som ber om BankID är ett försök att lura dig. Använd det bara när du själv har börjat.

q-read = BankID-appen visar något som du inte känner igen. Vad gör du?
q-read-hint = Läs alltid vad appen säger. Vem började det här?
q-read-a1 = Jag skriver in min kod ändå.
q-read-a1-fb = Inte riktigt. Då kan du godkänna något åt en tjuv. Avbryt i stället.
q-read-a2 = Jag avbryter.
q-read-a2-fb = Ja, precis! Har du inte börjat det själv, avbryter du.

q-password = Hur ska ett bra lösenord vara?
q-password-hint = Tänk på lektionen om lösenord och bilden med olika nycklar.
q-password-a1 = Kort och samma överallt
q-password-a1-fb = Inte riktigt. Ett kort lösenord är lätt att gissa. Ha ett långt och eget för varje tjänst.
q-password-a2 = Mitt namn och mitt födelseår
q-password-a2-fb = Inte riktigt. Det är lätt att gissa. Ta hellre fyra ord som inte hör ihop.
q-password-a3 = Långt, och ett eget för varje tjänst
q-password-a3-fb = Ja, precis! Och du berättar det aldrig för någon.

q-call = Någon säger att de ringer från polisen. De ber dig logga in med BankID. Vad gör du?
q-call-hint = Tänk på polisens tre steg.
q-call-a1 = Jag lägger på.
q-call-a1-fb = Ja, precis! Lägg på. Logga inte in. Lita inte på den som ringer.
q-call-a2 = Jag loggar in, det är ju polisen.
q-call-a2-fb = Inte riktigt. Polisen ber dig aldrig logga in i telefon. Lägg på.

q-sms = Ett sms ber dig betala tull för ett paket via en länk. Vad gör du?
q-sms-hint = Tänk på hur du betalar en riktig avgift för ett paket.
q-sms-a1 = Jag betalar via länken.
q-sms-a1-fb = Inte riktigt. Länken vill få ditt kortnummer. Tryck inte på den.
q-sms-a2 = Jag trycker inte på länken. Jag skickar sms:et till 7726.
q-sms-a2-fb = Ja, precis! Sedan kan du ta bort det. Vill du veta om du har något att betala? Öppna PostNords app, eller skriv postnord.se själv.

outro = Bra jobbat! Du har lärt dig mycket i kursen. Fortsätt gärna att öva lite varje dag. Och kom ihåg: Det finns alltid någon att fråga.

keywords =
    Snabel-a: tecknet @ i en e-postadress.
    Bifogad fil: något som skickas med ett brev.
    Polisens tre steg: Lägg på. Logga inte in. Lita inte på den som ringer.
    7726: numret dit du skickar falska sms. Fråga ditt telefonbolag om numret gäller i dag.
