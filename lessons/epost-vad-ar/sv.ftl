title = Vad är e-post?
summary = E-post är brev som du skickar med dator eller mobil. En adress har ett namn, ett snabel-a och namnet på ett företag. Nya brev hamnar i inkorgen. Ditt lösenord är bara ditt.

intro = E-post är brev som du skickar med dator eller mobil. Brevet kommer fram på några sekunder. Du behöver inget kuvert och inget frimärke. Du kan läsa din e-post var du än är.
intro-alt = Ett brev går från en dator till en mobil.

adress = Alla som har e-post har en egen adress. Den är som adressen på ett kuvert. Den som vill skicka ett brev till dig måste veta din adress. En adress kan se ut så här: anna.svensson@post.example

delar = En e-postadress har tre delar. Först står ett namn, ofta ditt eget. Sedan kommer tecknet @. Sist står namnet på det företag som sköter din e-post.
delar-alt = Adressen anna.svensson@post.example. Tecknet @ har en ring runt sig.

snabel = Tecknet @ heter snabel-a på svenska. Det ser ut som ett a med en snabel runt sig. Det finns i alla e-postadresser. När du läser upp en adress säger du "snabel-a".

q1 = Vilken av de här är en e-postadress?
q1-hint = Tänk på tecknet som finns i alla e-postadresser.
q1-a1 = Storgatan 5, Kalmar
q1-a1-fb = Det är en adress för brev på papper. Den har inget @.
q1-a2 = anna.svensson@post.example
q1-a2-fb = Ja, precis! Du ser tecknet @ i mitten. Då vet du att det är en e-postadress.
q1-a3 = 070-174 06 50
q1-a3-fb = Det är ett nummer till en telefon. Det har inget @.

noga = Skriv en adress precis som den står. Det får inte finnas något mellanslag i den. Ett enda fel tecken gör att brevet inte kommer fram. Titta därför noga på varje bokstav och punkt.

inkorg = Inkorgen är platsen där nya brev hamnar. Den är som din brevlåda hemma. Ett brev som du inte har läst syns ofta i fet stil. Det nyaste brevet ligger oftast överst.
inkorg-alt = En inkorg med tre brev. Det översta brevet är nytt och står i fet stil.

q2 = Någon skickar ett brev med e-post till dig. Var hamnar det?
q2-hint = Tänk på din brevlåda hemma. Vad heter den i e-posten?
q2-a1 = I papperskorgen
q2-a1-fb = Där hamnar brev som du själv har tagit bort. Nya brev hamnar på ett annat ställe.
q2-a2 = I inkorgen
q2-a2-fb = Ja, precis! Inkorgen är din brevlåda för e-post. Där hittar du nya brev.
q2-a3 = I brevlådan vid dörren
q2-a3-fb = Där hamnar brev på papper. E-post kommer till din dator eller mobil.

losen = Din e-post skyddas av ett lösenord. Det är ett hemligt ord som bara du vet. Säg det aldrig till någon. Ha ett eget lösenord för varje tjänst på nätet.

slut = Bra jobbat! Nu vet du vad e-post är. Du känner igen en adress på tecknet @. Nya brev väntar på dig i inkorgen.

keywords =
    E-post: brev som du skickar med dator eller mobil.
    E-postadress: din adress för e-post, till exempel anna@post.example.
    Snabel-a: tecknet @, som finns i alla e-postadresser.
    Inkorg: platsen där nya brev hamnar.
