
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'catalogue.review-status': `not reviewed`,
's12d6dde9b30c3093': `Жабуу`,
's1cf126ef12d6db2b': str`${0} — эскирген`,
's2c4f75473cf240bd': `Модуль`,
's3b533cd317633c96': `Модулду ачуу`,
's3d45160c8fa41e0a': `Модулдар`,
's42e1e0ec342b5e3c': `Котормо эне тилинде сүйлөгөн адам тарабынан али текшериле элек`,
's49e763aed00877a8': `Негизги меню`,
's4d286698bc731610': str`${0} — актуалдуу`,
's5c18cae48b93138c': `Сабактар`,
's5d929ff1619ac0c9': `Издөө`,
's62278f512692e037': `Сабак`,
's66aaddbba4b8a82f': str`Издөө: ${0}`,
's675fcfb5383d3ee5': str`Котормо (${0})`,
's91e3a47599412f51': `Булактар`,
'sa9073fc2e9dc90dd': `Орусча котормо`,
'sc470b47a0c1700a2': `Кыргызча котормо`,
'sd5e9b70ffb7a8b46': `Мазмунга өтүү`,
'sefcf950b3cc4fc3b': `Тил`,
'sfc53e352afbca881': `Текшерүү`,
    };
  