import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['The bus comes too rarely on our street and we wait for an hour.', 'en'],
    ['Parking is bad', 'en'],
    ['More trees please', 'en'],
    ['El autobús pasa muy poco por nuestra calle y esperamos una hora.', 'es'],
    ['Más árboles por favor', 'es'],
    ['Xe buýt đến quá ít trên đường phố của chúng tôi.', 'vi'],
    ['Автобус ходит слишком редко, мы ждём целый час.', 'ru'],
    ['Haddii aad rabto in aad noqoto xubin ka mid ah guddiga', 'so'],
  ])('%s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('answers und when there is nothing to tell', () => {
    expect(detectLanguage('!!')).toBe('und');
  });
});
