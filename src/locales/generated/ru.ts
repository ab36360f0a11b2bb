
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'catalogue.review-status': `not reviewed`,
's12d6dde9b30c3093': `Закрыть`,
's1cf126ef12d6db2b': str`${0} — устарел`,
's2c4f75473cf240bd': `Модуль`,
's3b533cd317633c96': `Открыть модуль`,
's3d45160c8fa41e0a': `Модули`,
's42e1e0ec342b5e3c': `Перевод ещё не проверен носителем языка`,
's49e763aed00877a8': `Основное меню`,
's4d286698bc731610': str`${0} — актуален`,
's5c18cae48b93138c': `Занятия`,
's5d929ff1619ac0c9': `Поиск`,
's62278f512692e037': `Занятие`,
's66aaddbba4b8a82f': str`Поиск: ${0}`,
's675fcfb5383d3ee5': str`Перевод (${0})`,
's91e3a47599412f51': `Источники`,
'sa9073fc2e9dc90dd': `Русский перевод`,
'sc470b47a0c1700a2': `Кыргызский перевод`,
'sd5e9b70ffb7a8b46': `Перейти к содержанию`,
'sefcf950b3cc4fc3b': `Язык`,
'sfc53e352afbca881': `Проверка`,
    };
  