/**
 * Every legal basis the content can name, in plain Danish: what it means for the reader, before the
 * article. The keys are the schema's values (art. 6(1), art. 9(2), databeskyttelsesloven); a unit test
 * holds the two in step, and a missing key fails the type check where a page looks a basis up.
 */
export const legalBasesDa = {
  '6(1)(a)': 'Du har givet samtykke',
  '6(1)(b)': 'Det er nødvendigt for en aftale med dig, eller før en aftale indgås',
  '6(1)(c)': 'En lov pålægger myndigheden at gøre det (retlig forpligtelse)',
  '6(1)(d)': 'Det er nødvendigt for at beskytte dit eller en andens liv eller helbred (vitale interesser)',
  '6(1)(e)': 'Det er en opgave i samfundets interesse eller en del af myndighedsudøvelsen',
  '6(1)(f)': 'Myndigheden har en legitim interesse, der vejer tungere end dine interesser',
  '9(2)(a)': 'Du har givet udtrykkeligt samtykke',
  '9(2)(b)': 'Det er nødvendigt for pligter og rettigheder inden for ansættelse og social sikring',
  '9(2)(c)':
    'Det er nødvendigt for at beskytte dit eller en andens liv eller helbred, når du ikke selv kan give samtykke',
  '9(2)(d)': 'En forening eller organisation uden gevinstformål behandler oplysninger om sine medlemmer',
  '9(2)(e)': 'Du har selv gjort oplysningerne offentlige',
  '9(2)(f)': 'Det er nødvendigt for at fastlægge, gøre gældende eller forsvare et retskrav',
  '9(2)(g)': 'Det er nødvendigt af hensyn til vigtige samfundsinteresser, som en lov beskriver',
  '9(2)(h)': 'Det er nødvendigt for forebyggelse, diagnose, behandling eller pleje',
  '9(2)(i)': 'Det er nødvendigt af hensyn til folkesundheden',
  '9(2)(j)': 'Det er nødvendigt for arkiver, forskning eller statistik',
  '§ 7': 'Danske regler om, hvornår følsomme oplysninger må behandles',
  '§ 8':
    'Danske regler om, hvornår en myndighed må behandle oplysninger om strafbare forhold (databeskyttelsesforordningens artikel 10)',
  '§ 11': 'Offentlige myndigheder må bruge CPR-numre til at identificere dig sikkert',
};
