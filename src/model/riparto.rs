//! Sharing an amount among parties by weight, to the cent, so that the shares
//! add up exactly to the total (largest-remainder method).

use crate::load::values::Importo;

/// Splits `totale` by `pesi` (e.g. populations). Each share is first rounded
/// down to the cent; the cents left over go one each to the parties with the
/// largest remainders (ties to the earlier party). With all weights zero,
/// everyone gets nothing and the total is not distributed.
pub fn largest_remainder(totale: Importo, pesi: &[u64]) -> Vec<Importo> {
    let somma: u128 = pesi.iter().map(|&p| u128::from(p)).sum();
    let cents = u128::try_from(totale.centesimi.max(0)).unwrap_or(0);
    if somma == 0 {
        return vec![Importo::default(); pesi.len()];
    }
    let mut quote: Vec<u128> = Vec::with_capacity(pesi.len());
    let mut resti: Vec<(u128, usize)> = Vec::with_capacity(pesi.len());
    for (i, &p) in pesi.iter().enumerate() {
        let esatto = cents * u128::from(p);
        quote.push(esatto / somma);
        resti.push((esatto % somma, i));
    }
    let assegnati: u128 = quote.iter().sum();
    let mut avanzo = cents - assegnati;
    // Largest remainder first; among equals, the earlier party.
    resti.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for &(_, i) in &resti {
        if avanzo == 0 {
            break;
        }
        if let Some(q) = quote.get_mut(i) {
            *q += 1;
            avanzo -= 1;
        }
    }
    quote
        .into_iter()
        .map(|q| Importo {
            centesimi: i64::try_from(q).unwrap_or(i64::MAX),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn euro(c: i64) -> Importo {
        Importo { centesimi: c }
    }

    #[test]
    fn shares_add_up_exactly() {
        let q = largest_remainder(euro(100), &[1, 1, 1]);
        assert_eq!(q, vec![euro(34), euro(33), euro(33)]);
        let pesi = [6381, 15512, 12094, 6050, 18127, 46021, 7517];
        let q = largest_remainder(euro(18_000_000), &pesi);
        assert_eq!(q.iter().map(|q| q.centesimi).sum::<i64>(), 18_000_000);
    }

    #[test]
    fn remainders_go_to_the_largest_fractions() {
        // 10 cents by 1:2:3 → exact 1.67, 3.33, 5 → floors 1, 3, 5; one cent left → the first.
        assert_eq!(
            largest_remainder(euro(10), &[1, 2, 3]),
            vec![euro(2), euro(3), euro(5)]
        );
    }

    #[test]
    fn zero_weights_share_nothing() {
        assert_eq!(largest_remainder(euro(10), &[0, 0]), vec![euro(0), euro(0)]);
        assert!(largest_remainder(euro(10), &[]).is_empty());
    }
}
