title = Swish – betala med telefonen
summary = Med Swish betalar du till ett telefonnummer och godkänner med BankID. Titta alltid på namnet innan du godkänner. En bild på en betalning är inte en betalning. För att få pengar behöver du inte använda BankID.

what = Swish är ett sätt att betala med telefonen. Du betalar till ett telefonnummer. Pengarna går direkt från ditt konto till den andres. Att betala med Swish kallas att swisha. Du skaffar Swish via din bank.

how = Du skriver numret och hur mycket du vill betala. Sedan godkänner du med BankID. Pengarna kommer fram på några sekunder. Har de gått fel, är det svårt att få tillbaka dem.

name = Innan du godkänner visar appen ett namn. Det är den som får pengarna. Stämmer namnet? Då kan du godkänna. Stämmer det inte? Tryck på Avbryt.
name-alt = En telefon som visar 200 kronor till Anna Berg. Överst står Stämmer namnet? Under finns knapparna Avbryt och Godkänn.

picture = Säljer du något, kan köparen betala med Swish. Ibland visar köparen en bild på en betalning. Men en bild är inte en betalning. Titta i din egen app eller bank om pengarna har kommit.
picture-alt = Till vänster en bild som köparen visar, med ett rött kryss. Till höger din egen app, med en grön bock.

receive = För att få pengar behöver du inte göra något. Du ska inte använda BankID för det. Ber någon dig använda BankID för att få pengar? Då vill hen lura dig.

q1 = Du ska swisha till ditt barnbarn. Appen visar ett helt annat namn. Vad gör du?
q1-hint = Tänk på vem pengarna går till.
q1-a1 = Jag godkänner ändå
q1-a1-fb = Pengarna går till den som har det namnet. Det är svårt att få tillbaka dem.
q1-a2 = Jag avbryter och kollar numret
q1-a2-fb = Ja, precis! Fråga ditt barnbarn om numret och försök igen.

q2 = Du säljer en stol. Köparen visar en bild på en betalning. Har du fått pengarna?
q2-hint = Var kan du själv se att pengar har kommit?
q2-a1 = Ja, bilden visar det
q2-a1-fb = En bild kan vara falsk. Den visar inte att pengarna har kommit till dig.
q2-a2 = Det vet jag när jag har tittat i min egen app
q2-a2-fb = Ja, precis! Lämna stolen först när pengarna syns hos dig.

q3 = Någon vill ge dig pengar med Swish. Hen säger att du måste godkänna med BankID. Vad stämmer?
q3-hint = Vad behöver du göra för att få pengar?
q3-a1 = Jag måste godkänna för att få pengarna
q3-a1-fb = Det låter rimligt, men det är ett vanligt knep. Med BankID godkänner du något som du själv gör.
q3-a2 = Det behövs inte. Någon försöker lura mig.
q3-a2-fb = Ja, precis! Avbryt och godkänn ingenting.

outro = Bra jobbat! Nu vet du hur Swish fungerar. Titta på namnet innan du godkänner. Lita på din egen app, inte på en bild.

keywords =
    Swish: ett sätt att betala till ett telefonnummer.
    Swisha: att betala med Swish.
    Godkänna: säga ja till betalningen med BankID.
    Namnet: den som får pengarna. Titta på det innan du godkänner.
