title = Skatteverket på nätet
summary = Du kan godkänna din deklaration på nätet eller i appen med BankID. Du kan också anmäla att du flyttar och beställa ett personbevis. Skatteverket ringer aldrig och ber dig logga in.

what = Skatteverket är den myndighet som sköter skatten. Varje vår får du en deklaration. Den visar vad du har fått in under året, till exempel pension. Den visar också din skatt.

approve = Du kan godkänna deklarationen på nätet. Logga in med BankID på Skatteverkets webbplats eller i deras app. Läs igenom allt först. Stämmer allt? Då godkänner du med BankID.
approve-alt = En telefon som visar en deklaration med knappen Godkänn. Bredvid står: 1 Läs allt. 2 Godkänn.

wrong = Är något fel? Då kan du ändra det innan du godkänner. Du kan också ringa Skatteverket och fråga. Sista dagen står på din deklaration. Den dagen kan ändras från år till år.

move = Ska du flytta? Då ska du tala om det för Skatteverket. Det kallas att anmäla flytt. Det kan du också göra på nätet med BankID.

certificate = Ibland behöver du ett papper med uppgifter om dig. Det kallas personbevis. Där står till exempel ditt namn och din adress. Du kan beställa det på Skatteverkets webbplats.

call = Skatteverket ringer aldrig och ber dig logga in med BankID. Ringer någon och säger så? Lägg på. Vill du fråga något, ring själv till Skatteverket. Numret står på deras webbplats.

q1 = Hur kan du godkänna din deklaration?
q1-hint = Tänk på hur du brukar visa vem du är på nätet.
q1-a1 = På nätet eller i appen, med BankID
q1-a1-fb = Ja, precis! Läs igenom allt först. Sedan godkänner du.
q1-a2 = Genom en länk i ett sms
q1-a2-fb = En länk i ett sms kan leda till en falsk sida. Gå själv till Skatteverket i stället.

q2 = Någon ringer och säger: Jag är från Skatteverket. Du måste logga in med BankID nu. Vad gör du?
q2-hint = Tänk på vad Skatteverket aldrig gör.
q2-a1 = Jag loggar in, så att skatten blir rätt
q2-a1-fb = Det är lätt att bli orolig. Men Skatteverket ringer aldrig och ber om det. Lägg på.
q2-a2 = Jag lägger på
q2-a2-fb = Ja, precis! Vill du fråga något, ringer du själv till Skatteverket.

q3 = Vad är ett personbevis?
q3-hint = Tänk på vad ordet bevis betyder.
q3-a1 = Ett papper med uppgifter om dig
q3-a1-fb = Ja, precis! Du kan beställa det på Skatteverkets webbplats.
q3-a2 = Ett kort som du betalar med
q3-a2-fb = Ett kort att betala med får du från banken. Ett personbevis är något annat.

outro = Bra gjort! Nu vet du vad du kan göra hos Skatteverket på nätet. Läs alltid igenom innan du godkänner något.

keywords =
    Skatteverket: den myndighet som sköter skatten.
    Deklaration: visar vad du har fått in under året och din skatt.
    Godkänna: säga ja till deklarationen med BankID.
    Personbevis: ett papper med uppgifter om dig, som namn och adress.
