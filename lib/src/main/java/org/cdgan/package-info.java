/** CD-GAN workbook helper library. */
package org.cdgan;
